/** The directives of a Content-Security-Policy, by name: `{ 'script-src': ["'self'"] }`. */
export function parseCsp(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

/** The policy in an HTML page's `<meta http-equiv="Content-Security-Policy">`, or null. */
export function cspOfHtml(html: string): string | null {
  const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(html);
  return meta?.[1] ?? null;
}
