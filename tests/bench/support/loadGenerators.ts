/**
 * Load generators run as separate plain-Node processes (tests/bench/load/*.mjs), so the server
 * under test never shares an event loop with its client, and each starts in a tenth of a second
 * (no TypeScript loader). Each prints its result as JSON on its last line.
 */
import { fileURLToPath } from 'node:url';
import type { Scope, StartedChild } from './children';
import { withTimeout } from './children';

const LOAD_DIR = fileURLToPath(new URL('../load/', import.meta.url));

export type LoadScript = 'tcpEchoLoad' | 'udpPacedLoad' | 'tcpHoldLoad' | 'tcpReadLoad';

function optionArguments(options: Record<string, number>): string[] {
  return Object.entries(options).flatMap(([name, value]) => [`--${name}`, String(value)]);
}

export function startLoad(
  scope: Scope,
  script: LoadScript,
  options: Record<string, number>,
  extraArgs: string[] = [],
): StartedChild {
  const args = [...extraArgs, `${LOAD_DIR}${script}.mjs`, ...optionArguments(options)];
  return scope.spawn(script, process.execPath, args, { keepStdout: true, stdin: true });
}

/** The JSON objects the generator printed so far, one per line. */
export function loadReports(load: StartedChild): Record<string, unknown>[] {
  return load.stdoutText
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

/** Numbers only: a result field that is missing or not finite is an error, not a zero. */
export function numberField(report: Record<string, unknown>, name: string): number {
  const value = report[name];
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new Error(`load result has no finite "${name}": ${JSON.stringify(report)}`);
  }
  return value;
}

/** Runs a generator to its end and returns its last report; fails on a bad exit or timeout. */
export async function runLoad(
  scope: Scope,
  script: LoadScript,
  options: Record<string, number>,
  timeoutMs: number,
  extraArgs: string[] = [],
): Promise<Record<string, unknown>> {
  const load = startLoad(scope, script, options, extraArgs);
  load.child.stdin?.end();
  const exit = await withTimeout(load.exited, timeoutMs, script);
  const last = loadReports(load).at(-1);
  if (exit.code !== 0 || last === undefined) {
    throw new Error(`${script} failed: ${load.describe()}`);
  }
  return last;
}
