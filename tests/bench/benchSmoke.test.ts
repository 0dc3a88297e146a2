/**
 * The benchmark at its quick sizes, one round, so its code cannot rot: every scenario must
 * produce finite figures for Puerto and its baseline, and ratios where a row has one. No
 * timing is judged here (that is `npm run bench`'s table); only the shape of the results.
 */
import { describe, expect, it } from 'vitest';
import { runBench, runScenario } from './runner';
import type { ScenarioResult } from './runner';
import { defineScenario, metric } from './scenario';
import type { Values } from './scenario';
import { chooseScenarios } from './scenarios';
import { requireTool } from '../support/requireTool';

function problemsOf(result: ScenarioResult): string[] {
  const problems: string[] = [];
  if (result.error !== undefined) problems.push(`${result.name}: ${result.error}`);
  for (const measurement of result.measurements) {
    if (measurement.error !== undefined) {
      problems.push(`${result.name} / ${measurement.contender}: ${measurement.error}`);
    }
  }
  for (const row of result.rows) {
    const name = `${result.name} / ${row.label} (${row.subject})`;
    const okValue = (value: number | null) =>
      value !== null && Number.isFinite(value) && (row.positive ? value > 0 : value >= 0);
    if (!okValue(row.puerto)) problems.push(`${name}: Puerto figure ${row.puerto}`);
    if (row.baseline !== null && !okValue(row.baselineValue)) {
      problems.push(`${name}: ${row.baseline} figure ${row.baselineValue}`);
    }
    const ratioOk = row.ratio !== null && Number.isFinite(row.ratio) && row.ratio > 0;
    if (row.wantsRatio && row.baselineValue !== 0 && !ratioOk) {
      problems.push(`${name}: ratio ${row.ratio}`);
    }
  }
  return problems;
}

/** A scenario whose contenders misbehave on purpose, to show the runner reports it. */
function faultyScenario(fault: 'nan' | 'hang' | 'throw') {
  return defineScenario<null>({
    name: `faulty-${fault}`,
    quick: null,
    full: null,
    method: () => 'a fault on purpose',
    timeoutMs: () => 300,
    metrics: () => [metric({ key: 'speed', label: 'speed', unit: 'x' })],
    async open() {
      return {
        contenders: ['puerto', 'node'],
        async measure(contender, { scope }): Promise<Values> {
          if (contender === 'node') return { speed: 2 };
          scope.spawn('sleeper', process.execPath, ['-e', 'setTimeout(() => {}, 60000)']);
          if (fault === 'throw') throw new Error('broken on purpose');
          if (fault === 'hang') await new Promise(() => undefined);
          return { speed: NaN };
        },
      };
    },
  });
}

describe('the benchmark runner', () => {
  it.each(['nan', 'hang', 'throw'] as const)(
    'reports a measurement that gives %s as failed, never as a figure',
    async (fault) => {
      const result = await runScenario(faultyScenario(fault), { quick: true, rounds: 2 });
      const failed = result.measurements.filter((measurement) => measurement.error);
      expect(failed.map((measurement) => measurement.contender)).toEqual(['puerto', 'puerto']);
      const [row] = result.rows;
      expect(row?.puerto).toBeNull();
      expect(row?.baselineValue).toBe(2);
      expect(row?.ratio).toBeNull();
      expect(problemsOf(result).length).toBeGreaterThan(0);
    },
  );
});

describe('npm run bench at quick sizes', () => {
  it('measures every socket scenario for Puerto and its baselines', async () => {
    const results = await runBench(chooseScenarios([], ['browser']), { quick: true, rounds: 1 });
    expect(results.map((result) => result.name)).toEqual([
      'tcp-echo',
      'tcp-echo-json',
      'udp-echo',
      'tcp-hold',
      'start',
      'memory',
    ]);
    expect(results.flatMap(problemsOf)).toEqual([]);
    expect(results.every((result) => result.rows.length > 0)).toBe(true);
  }, 90_000);

  it.skipIf(!requireTool('chromium', 'chromium'))(
    'measures the browser page idle and under a flood',
    async () => {
      const results = await runBench(chooseScenarios(['browser'], []), { quick: true, rounds: 1 });
      expect(results.flatMap(problemsOf)).toEqual([]);
      expect(results[0]?.measurements.map((measurement) => measurement.contender)).toEqual([
        'idle',
        '1,000 ev/s',
      ]);
    },
    60_000,
  );
});
