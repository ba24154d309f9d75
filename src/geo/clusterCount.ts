import { wholeNumber } from "../story/figures";

/** How a cluster shows its count: a short figure to read, a full sentence to hear, a size by magnitude. */

/** Size tiers of cluster markers, smallest first: the stylesheet draws each (`.cluster-marker--<tier>`). */
export const CLUSTER_TIERS = [
  { tier: "small", below: 100, size: 34 },
  { tier: "medium", below: 1000, size: 40 },
  { tier: "large", below: 10_000, size: 46 },
  { tier: "huge", below: Infinity, size: 54 },
] as const;

export type ClusterTier = (typeof CLUSTER_TIERS)[number];

const oneDecimal = (value: number): string => String(Math.round(value * 10) / 10);

/**
 * The count as a cluster marker shows it: at most four characters, so it fits the smallest circle.
 * @param count - places in the cluster
 * @returns the figure: whole below 1,000, then thousands (tenths below 10k), then millions
 * @example
 * shortCount(987) // "987"
 * shortCount(1234) // "1.2k"
 * shortCount(123456) // "123k"
 */
export function shortCount(count: number): string {
  if (count < 1000) return String(count);
  if (count < 9950) return `${oneDecimal(count / 1000)}k`;
  if (count < 999_500) return `${Math.round(count / 1000)}k`;
  return `${oneDecimal(count / 1_000_000)}M`;
}

/**
 * The accessible name of a cluster marker, saying what Enter does.
 * @param count - places in the cluster
 * @returns the sentence
 * @example
 * clusterName(1234) // "Cluster of 1,234 places — press Enter to zoom in"
 */
export function clusterName(count: number): string {
  return `Cluster of ${wholeNumber(count)} places — press Enter to zoom in`;
}

/**
 * The size tier of a cluster of this many places.
 * @param count - places in the cluster
 * @returns the first tier the count is below
 * @example
 * clusterTier(250) // { tier: "medium", below: 1000, size: 40 }
 */
export function clusterTier(count: number): ClusterTier {
  return CLUSTER_TIERS.find((tier) => count < tier.below) ?? CLUSTER_TIERS[CLUSTER_TIERS.length - 1]!;
}
