// Small text charts for the report: sparklines and horizontal histogram bars.

const TICKS = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'] as const;
const EIGHTHS = ['', '▏', '▎', '▍', '▌', '▋', '▊', '▉'] as const;

/** One character per value, scaled between the smallest and largest value shown; a gap for null. */
export function sparkline(values: readonly (number | null)[]): string {
  const known = values.filter((v): v is number => v !== null);
  if (known.length === 0) return '';
  const min = Math.min(...known);
  const max = Math.max(...known);
  return values
    .map((v) => {
      if (v === null) return ' ';
      if (max === min) return TICKS[3];
      return TICKS[Math.round(((v - min) / (max - min)) * (TICKS.length - 1))];
    })
    .join('');
}

/** A bar `width` characters long at most, in eighths of a character. */
export function bar(value: number, max: number, width: number): string {
  if (max <= 0 || value <= 0) return '';
  const eighths = Math.max(1, Math.round((value / max) * width * 8));
  return '█'.repeat(Math.floor(eighths / 8)) + EIGHTHS[eighths % 8];
}
