/**
 * From measurements to table rows: the median of each contender's successful rounds, Puerto ÷
 * baseline, and whether the target is met. A row with no successful round has no value
 * (null), so it can never pass for a number.
 */
import type { MetricSpec, Target } from './scenario';
import type { Measurement } from './runner';

export interface Row {
  scenario: string;
  key: string;
  label: string;
  unit: string;
  subject: string;
  baseline: string | null;
  puerto: number | null;
  baselineValue: number | null;
  ratio: number | null;
  target: Target | null;
  /** null when the target has no value to be judged on (or the row has no target). */
  met: boolean | null;
  /** Every successful round's value, in round order. */
  puertoSamples: number[];
  baselineSamples: number[];
  /** Rounds that failed for either contender of the row. */
  failedRounds: number;
  /** From the metric: the figure must be above zero, and a ratio is expected. */
  positive: boolean;
  wantsRatio: boolean;
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((left, right) => left - right);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

function samplesOf(measurements: readonly Measurement[], contender: string, key: string): number[] {
  return measurements
    .filter((measurement) => measurement.contender === contender)
    .flatMap((measurement) => {
      const value = measurement.values?.[key];
      return typeof value === 'number' ? [value] : [];
    });
}

function judge(target: Target, value: number | null): boolean | null {
  if (value === null || !Number.isFinite(value)) return null;
  if (target.op === '>=') return value >= target.value;
  if (target.op === '<=') return value <= target.value;
  return value < target.value;
}

export function summarise(
  scenario: string,
  specs: readonly MetricSpec[],
  measurements: readonly Measurement[],
): Row[] {
  return specs.map((spec) => {
    const puertoSamples = samplesOf(measurements, spec.subject, spec.key);
    const baselineSamples =
      spec.baseline === null ? [] : samplesOf(measurements, spec.baseline, spec.key);
    const puerto = median(puertoSamples);
    const baselineValue = median(baselineSamples);
    const ratio =
      spec.ratio && puerto !== null && baselineValue !== null && baselineValue !== 0
        ? puerto / baselineValue
        : null;
    const target = spec.target ?? null;
    const judged = target === null ? null : target.on === 'ratio' ? ratio : puerto;
    const failedRounds = measurements.filter(
      (measurement) =>
        measurement.error !== undefined &&
        (measurement.contender === spec.subject || measurement.contender === spec.baseline),
    ).length;
    return {
      scenario,
      key: spec.key,
      label: spec.label,
      unit: spec.unit,
      subject: spec.subject,
      baseline: spec.baseline,
      puerto,
      baselineValue,
      ratio,
      target,
      met: target === null ? null : judge(target, judged),
      puertoSamples,
      baselineSamples,
      failedRounds,
      positive: spec.positive,
      wantsRatio: spec.ratio,
    };
  });
}
