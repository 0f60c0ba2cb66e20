import { parseRichText } from '../questionnaire/rich-text.ts';

/** Renders help-text markup as elements; the source never becomes HTML. */
export function RichText({ source }: { source: string }) {
  return (
    <>
      {parseRichText(source).map((part, index) => {
        switch (part.type) {
          case 'text':
            return <span key={index}>{part.text}</span>;
          case 'emphasis':
            return <em key={index}>{part.text}</em>;
          case 'strong':
            return <strong key={index}>{part.text}</strong>;
          case 'link':
            return (
              <a key={index} href={part.href} target="_blank" rel="noopener noreferrer">
                {part.text}
                <span className="visually-hidden"> (opens in a new tab)</span>
              </a>
            );
        }
      })}
    </>
  );
}
