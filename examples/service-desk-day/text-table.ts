/**
 * Plain-text tables whose columns are as wide as their widest cell, so that no figure runs
 * into the next whatever its number of digits (« ✓4548/5007 » was a fixed width too narrow).
 */

/** How a column's cells line up. */
export type Align = 'left' | 'right';

/** The width of `text` on a terminal, in characters (code points: « ✓ », « ≥ », « — » are one). */
export function textWidth(text: string): number {
  return [...text].length;
}

/** `text` padded to `width` on the side `align` leaves free. */
export function padTo(text: string, width: number, align: Align = 'left'): string {
  const fill = ' '.repeat(Math.max(0, width - textWidth(text)));
  return align === 'left' ? text + fill : fill + text;
}

/**
 * Lays `rows` out in columns, each as wide as its widest cell, aligned as `align` says
 * (left when not given), `gap` spaces apart. Lines keep their trailing spaces, so a laid-out
 * line can itself be a cell of another table; trim the final lines.
 */
export function layoutColumns(
  rows: readonly (readonly string[])[],
  align: readonly Align[] = [],
  gap = 2,
): string[] {
  const columns = Math.max(0, ...rows.map((r) => r.length));
  const widths = Array.from({ length: columns }, (_, c) =>
    Math.max(0, ...rows.map((r) => textWidth(r[c] ?? ''))),
  );
  const space = ' '.repeat(gap);
  return rows.map((r) =>
    widths.map((w, c) => padTo(r[c] ?? '', w, align[c] ?? 'left')).join(space),
  );
}
