/**
 * What a benchmark scenario is. A scenario opens a session at a size (quick for the smoke
 * test, full for `npm run bench`), and the session measures one contender at a time: Puerto
 * or a baseline. The runner interleaves contenders within each round and takes medians.
 */
import type { Scope } from './support/children';

/** A comparison a row is judged by: on Puerto's own value or on Puerto ÷ baseline. */
export interface Target {
  on: 'value' | 'ratio';
  op: '>=' | '<=' | '<';
  value: number;
  /** How the issue words it, e.g. "≥ 0.9× raw". */
  text: string;
}

export interface MetricSpec {
  /** Key in the values a measurement returns. */
  key: string;
  label: string;
  unit: string;
  /** The contender whose value is the row's "Puerto" column. */
  subject: string;
  /** The contender the row compares with; null for a figure only Puerto has. */
  baseline: string | null;
  /** Whether Puerto ÷ baseline means something (not for a loss percentage near zero). */
  ratio: boolean;
  /** A figure that must be above zero when measured (throughput, time, memory). */
  positive: boolean;
  target?: Target;
}

/** One measurement's figures, by metric key. */
export type Values = Record<string, number>;

export interface MeasureContext {
  /** Children and cleanups of this measurement: all ended when it is over, even on failure. */
  scope: Scope;
  /** Set when the measurement ran out of time; long loops check it. */
  signal: AbortSignal;
  /** Milliseconds left before the measurement is ended (a bound for waits inside it). */
  timeLeft(): number;
}

export interface ScenarioSession {
  /** Contenders in the order of the first round; later rounds rotate it. */
  contenders: string[];
  measure(contender: string, context: MeasureContext): Promise<Values>;
  /** Facts worth printing under the table once the rounds are over (versions, what a page said). */
  notes?(): string[];
}

export interface Scenario<Size = unknown> {
  name: string;
  /** One line on what is measured and how, printed under the table. */
  method(size: Size): string;
  quick: Size;
  full: Size;
  /** Longest one measurement may take before it is ended and reported as failed. */
  timeoutMs(size: Size): number;
  metrics(size: Size): MetricSpec[];
  /** Prepares what every measurement shares; the scope lives as long as the session. */
  open(size: Size, scope: Scope): Promise<ScenarioSession>;
}

/** A scenario with its size chosen by quick or full, so scenarios of any size share one list. */
export interface SizedScenario {
  name: string;
  size(quick: boolean): unknown;
  method(quick: boolean): string;
  timeoutMs(quick: boolean): number;
  metrics(quick: boolean): MetricSpec[];
  open(quick: boolean, scope: Scope): Promise<ScenarioSession>;
}

export function defineScenario<Size>(scenario: Scenario<Size>): SizedScenario {
  const size = (quick: boolean): Size => (quick ? scenario.quick : scenario.full);
  return {
    name: scenario.name,
    size,
    method: (quick) => scenario.method(size(quick)),
    timeoutMs: (quick) => scenario.timeoutMs(size(quick)),
    metrics: (quick) => scenario.metrics(size(quick)),
    open: (quick, scope) => scenario.open(size(quick), scope),
  };
}

/** A metric helper: a throughput-like figure compared with a baseline. */
export function metric(
  spec: Pick<MetricSpec, 'key' | 'label' | 'unit'> & Partial<MetricSpec>,
): MetricSpec {
  return {
    subject: 'puerto',
    baseline: 'node',
    ratio: true,
    positive: true,
    ...spec,
  };
}
