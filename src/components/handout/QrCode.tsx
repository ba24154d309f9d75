import { useMemo } from "react";
import { create as createQrCode } from "qrcode";

/** Light modules around the code, as the QR standard asks, so a reader finds its edges. */
const QUIET_ZONE = 4;

/**
 * A QR code drawn as SVG rectangles, one per run of dark modules in a row; no markup from strings.
 * Hidden from screen readers: whoever shows it prints the text beside it. Null when the text is
 * too long for any QR code.
 */
export function QrCode({ text, className }: { text: string; className?: string }) {
  const code = useMemo(() => {
    try {
      return createQrCode(text, { errorCorrectionLevel: "M" }).modules;
    } catch {
      return null;
    }
  }, [text]);
  if (!code) return null;
  const runs: Array<{ row: number; column: number; length: number }> = [];
  for (let row = 0; row < code.size; row++) {
    for (let column = 0; column < code.size; column++) {
      if (!code.get(row, column)) continue;
      const last = runs[runs.length - 1];
      if (last && last.row === row && last.column + last.length === column) last.length++;
      else runs.push({ row, column, length: 1 });
    }
  }
  const side = code.size + 2 * QUIET_ZONE;
  return (
    <svg className={className} viewBox={`0 0 ${side} ${side}`} shapeRendering="crispEdges" aria-hidden="true">
      <rect width={side} height={side} fill="#fff" />
      {runs.map(({ row, column, length }) => (
        <rect key={`${row}-${column}`} x={column + QUIET_ZONE} y={row + QUIET_ZONE} width={length} height={1} fill="#000" />
      ))}
    </svg>
  );
}
