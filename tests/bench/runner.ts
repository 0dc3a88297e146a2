/**
 * Runs scenarios in interleaved rounds: in each round every contender is measured once, in an
 * order rotated from round to round, so a slow spell of the shared machine falls on all of them
 * alike. Every measurement has a time limit; one that fails or overruns is recorded as failed
 * (with its reason), never as a number, and its processes are ended before the next starts.
 */
import type { ScenarioSession, SizedScenario, Values } from './scenario';
import { Scope, withTimeout } from './support/children';
import { summarise } from './summary';
import type { Row } from './summary';

export interface BenchOptions {
  quick: boolean;
  rounds: number;
  /** Progress lines (to stderr in the CLI). */
  log?: (line: string) => void;
}

export interface Measurement {
  round: number;
  contender: string;
  ms: number;
  values?: Values;
  error?: string;
}

export interface ScenarioResult {
  name: string;
  size: unknown;
  method: string;
  contenders: string[];
  measurements: Measurement[];
  notes: string[];
  /** Set when the scenario could not even be prepared. */
  error?: string;
  rows: Row[];
}

const OPEN_TIMEOUT_MS = 120_000;

function rotate<T>(items: readonly T[], by: number): T[] {
  const shift = items.length === 0 ? 0 : by % items.length;
  return [...items.slice(shift), ...items.slice(0, shift)];
}

function message(cause: unknown): string {
  return cause instanceof Error ? cause.message : String(cause);
}

/** Figures must be finite numbers: NaN or a missing key is a failure of the measurement. */
function checkedValues(values: Values, expected: string[]): Values {
  for (const key of expected) {
    const value = values[key];
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      throw new Error(`measured no finite "${key}" (got ${String(value)})`);
    }
  }
  return values;
}

async function measureOnce(
  scenario: SizedScenario,
  session: ScenarioSession,
  contender: string,
  round: number,
  options: BenchOptions,
): Promise<Measurement> {
  const scope = new Scope();
  const controller = new AbortController();
  const limitMs = scenario.timeoutMs(options.quick);
  const startedAt = Date.now();
  const expected = scenario
    .metrics(options.quick)
    .filter((spec) => spec.subject === contender || spec.baseline === contender)
    .map((spec) => spec.key);
  const work = session.measure(contender, {
    scope,
    signal: controller.signal,
    timeLeft: () => Math.max(0, startedAt + limitMs - Date.now()),
  });
  // A measurement abandoned at its time limit may still reject later: nobody awaits it then.
  work.catch(() => undefined);
  try {
    const values = await withTimeout(work, limitMs, `${scenario.name} / ${contender}`);
    return {
      round,
      contender,
      ms: Date.now() - startedAt,
      values: checkedValues(values, expected),
    };
  } catch (cause) {
    controller.abort();
    return { round, contender, ms: Date.now() - startedAt, error: message(cause) };
  } finally {
    await scope.close();
  }
}

export async function runScenario(
  scenario: SizedScenario,
  options: BenchOptions,
): Promise<ScenarioResult> {
  const log = options.log ?? (() => undefined);
  const result: ScenarioResult = {
    name: scenario.name,
    size: scenario.size(options.quick),
    method: scenario.method(options.quick),
    contenders: [],
    measurements: [],
    notes: [],
    rows: [],
  };
  const sessionScope = new Scope();
  try {
    const session = await withTimeout(
      scenario.open(options.quick, sessionScope),
      OPEN_TIMEOUT_MS,
      `${scenario.name}: preparing`,
    );
    result.contenders = session.contenders;
    for (let round = 0; round < options.rounds; round++) {
      for (const contender of rotate(session.contenders, round)) {
        const measurement = await measureOnce(scenario, session, contender, round, options);
        result.measurements.push(measurement);
        const outcome = measurement.error ?? JSON.stringify(measurement.values);
        log(`${scenario.name} round ${round + 1} ${contender} (${measurement.ms} ms): ${outcome}`);
      }
    }
    result.notes = session.notes?.() ?? [];
  } catch (cause) {
    result.error = message(cause);
    log(`${scenario.name} failed: ${result.error}`);
  } finally {
    await sessionScope.close();
  }
  result.rows = summarise(scenario.name, scenario.metrics(options.quick), result.measurements);
  return result;
}

export async function runBench(
  scenarios: readonly SizedScenario[],
  options: BenchOptions,
): Promise<ScenarioResult[]> {
  const results: ScenarioResult[] = [];
  for (const scenario of scenarios) results.push(await runScenario(scenario, options));
  return results;
}
