/**
 * Moves focus to a field by id and brings it into view. Error summary links
 * use this instead of `href="#id"`, which would change the hash route.
 */
export function focusField(id: string): void {
  const element = document.getElementById(id);
  if (!element) return;
  element.scrollIntoView({ block: 'center' });
  element.focus({ preventScroll: true });
}
