// A curve given as a table of (position, value) points, eased between neighbours (smoothstep, so
// its slope is level at every point and the outline has no corners there), held at its ends: a
// limb's girth along it, a shoe's width and height from heel to toe, a hairline round the head.
export type SmoothTable = readonly (readonly [number, number])[];

export function smoothTable(table: SmoothTable, x: number): number {
  if (x <= table[0]![0]) return table[0]![1];
  for (let i = 1; i < table.length; i++) {
    const [x1, v1] = table[i]!;
    if (x <= x1) {
      const [x0, v0] = table[i - 1]!;
      const k = (x - x0) / (x1 - x0);
      return v0 + (v1 - v0) * k * k * (3 - 2 * k);
    }
  }
  return table[table.length - 1]![1];
}
