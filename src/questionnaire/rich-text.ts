/**
 * The help-text markup: `*emphasis*`, `**strong**` and `[text](https://…)`.
 * Parsed into plain data so the screen renders elements (never HTML strings)
 * and the report can print it as text.
 */
export type RichTextPart =
  | { type: 'text'; text: string }
  | { type: 'emphasis'; text: string }
  | { type: 'strong'; text: string }
  | { type: 'link'; text: string; href: string };

const TOKEN = /\*\*([^*]+)\*\*|\*([^*]+)\*|\[([^\]]+)\]\(((?:https?:\/\/|mailto:)[^)\s]+)\)/g;

export function parseRichText(source: string): RichTextPart[] {
  const parts: RichTextPart[] = [];
  let last = 0;
  for (const match of source.matchAll(TOKEN)) {
    const index = match.index ?? 0;
    if (index > last) parts.push({ type: 'text', text: source.slice(last, index) });
    if (match[1] !== undefined) parts.push({ type: 'strong', text: match[1] });
    else if (match[2] !== undefined) parts.push({ type: 'emphasis', text: match[2] });
    else if (match[3] !== undefined && match[4] !== undefined) parts.push({ type: 'link', text: match[3], href: match[4] });
    last = index + match[0].length;
  }
  if (last < source.length) parts.push({ type: 'text', text: source.slice(last) });
  return parts;
}

/** The same text with the markup removed; links keep their address in brackets. */
export function richTextToPlain(source: string): string {
  return parseRichText(source)
    .map((part) => (part.type === 'link' ? `${part.text} (${part.href})` : part.text))
    .join('');
}
