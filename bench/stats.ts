/** Summaries of repeated samples: the median for the figure, min–max and quartiles for the spread. */

export interface Summary {
  samples: number[];
  median: number;
  min: number;
  max: number;
  /** First and third quartile (linear interpolation); with few runs, read min–max instead. */
  q1: number;
  q3: number;
}

function quantile(sorted: readonly number[], fraction: number): number {
  const position = (sorted.length - 1) * fraction;
  const below = Math.floor(position);
  const above = Math.ceil(position);
  return sorted[below]! + (sorted[above]! - sorted[below]!) * (position - below);
}

/**
 * @param samples - at least one number
 * @returns the samples as measured, with median, min, max and quartiles
 * @example summarise([3, 1, 2]).median // 2
 */
export function summarise(samples: readonly number[]): Summary {
  if (samples.length === 0) throw new Error("summarise needs at least one sample");
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    samples: [...samples],
    median: quantile(sorted, 0.5),
    min: sorted[0]!,
    max: sorted[sorted.length - 1]!,
    q1: quantile(sorted, 0.25),
    q3: quantile(sorted, 0.75),
  };
}

/** `a / b`, or null when b is 0 (a long-task figure of 0 means no task passed 50 ms). */
export function ratio(a: number, b: number): number | null {
  return b === 0 ? null : a / b;
}
