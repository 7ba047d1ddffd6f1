export function renderHtmlReport(_r: unknown, _l: unknown): string {
  return '';
}
