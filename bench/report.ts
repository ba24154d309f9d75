/** Formatting for the printed report: one aligned table style, and how each kind of figure is written. */
import type { Summary } from "./stats.ts";

export const kilobytes = (bytes: number) => (bytes / 1000).toFixed(1);
export const milliseconds = (value: number) => value.toFixed(0);
export const times = (value: number | null) => (value === null ? "n/a" : `${value.toFixed(2)}x`);
/** Median [min–max]; figures under 10 (fps of a frozen page, dropped frames) keep a decimal. */
export const spread = (summary: Summary) => {
  const format = (value: number) => (Math.abs(summary.max) < 10 && !Number.isInteger(summary.max) ? value.toFixed(1) : milliseconds(value));
  return summary.min === summary.max ? format(summary.median) : `${format(summary.median)} [${format(summary.min)}–${format(summary.max)}]`;
};

/** Rows of cells, the first column left-aligned and the rest right-aligned; a row of one cell is a heading. */
export function table(rows: string[][]): string {
  const columns = Math.max(...rows.map((row) => row.length));
  const widths = Array.from({ length: columns }, (_, column) => Math.max(...rows.filter((row) => row.length > 1).map((row) => (row[column] ?? "").length)));
  return rows
    .map((row) => (row.length === 1 ? row[0]! : row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join("   ")))
    .join("\n");
}
