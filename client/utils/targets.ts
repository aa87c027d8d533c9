/**
 * Targets the figures are read against. The share of cases decided within the deadline should
 * be at least 85 % (the same threshold the suggested deadline is computed for, metrics.md).
 */
export const TIMELINESS_TARGET = 0.85;
