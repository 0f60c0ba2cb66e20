import type { PathSegment } from './check-questionnaire.ts';

/** `['sections', 1, 'questions', 3]` → `sections[1].questions[3]`; the root is `(root)`. */
export function formatPath(path: readonly PathSegment[]): string {
  if (path.length === 0) return '(root)';
  return path.reduce<string>((text, segment) => {
    if (typeof segment === 'number') return `${text}[${segment}]`;
    return text === '' ? segment : `${text}.${segment}`;
  }, '');
}
