/**
 * `npm run bench`: Puerto measured as a user meets it, side by side with baselines in the same
 * run. Usage:
 *   tsx tests/bench/run.ts [--quick] [--only a,b] [--skip a,b] [--rounds N] [--json FILE]
 * Prints a markdown table (stdout) and writes every measurement as JSON (default
 * out/bench/latest.json). Exits 1 when any measurement failed; targets missed do not fail it.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { describeMachine, oneMinuteLoad } from './machine';
import { runBench } from './runner';
import type { BenchOptions } from './runner';
import { chooseScenarios } from './scenarios';
import { killEveryChild } from './support/children';
import { REPO_ROOT } from './support/servers';
import { detailLines, machineLines, markdownTable } from './table';

const names = (value: string | undefined) =>
  (value ?? '')
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    only: { type: 'string' },
    skip: { type: 'string' },
    rounds: { type: 'string', default: '3' },
    json: { type: 'string', default: 'out/bench/latest.json' },
  },
});

const rounds = Number(values.rounds);
if (!Number.isInteger(rounds) || rounds < 1) throw new Error(`--rounds must be a whole number ≥ 1`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    killEveryChild();
    process.exit(130);
  });
}

const scenarios = chooseScenarios(names(values.only), names(values.skip));
const options: BenchOptions = {
  quick: values.quick,
  rounds,
  log: (line) => process.stderr.write(`${line}\n`),
};
const machine = describeMachine();
const results = await runBench(scenarios, options);
machine.loadAtEnd = oneMinuteLoad();

const printed = [
  markdownTable(results),
  '',
  ...machineLines(machine, options),
  '',
  ...detailLines(results),
].join('\n');
process.stdout.write(`${printed}\n`);

const jsonPath = resolve(REPO_ROOT, values.json);
mkdirSync(dirname(jsonPath), { recursive: true });
writeFileSync(jsonPath, `${JSON.stringify({ machine, options, results }, null, 2)}\n`);
process.stdout.write(`\nJSON: ${jsonPath}\n`);

const failed = results.some(
  (result) =>
    result.error !== undefined || result.measurements.some((item) => item.error !== undefined),
);
killEveryChild();
process.exit(failed ? 1 : 0);
