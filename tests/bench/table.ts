/**
 * The printed report: one markdown table of medians and ratios, then the machine, the method
 * of each scenario, and every failed measurement with its reason.
 */
import type { Machine } from './machine';
import type { BenchOptions, ScenarioResult } from './runner';
import type { Row } from './summary';

/** Three significant figures, thousands separated: enough to compare, no false precision. */
export function formatNumber(value: number): string {
  const magnitude = Math.abs(value);
  const digits = magnitude >= 100 ? 0 : magnitude >= 10 ? 1 : magnitude >= 1 ? 2 : 3;
  return value.toLocaleString('en-US', {
    minimumFractionDigits: 0,
    maximumFractionDigits: digits,
  });
}

/** The median with its unit, and the spread of the rounds when there are several. */
function withUnit(value: number, unit: string, samples: readonly number[]): string {
  const shown = unit === '' ? formatNumber(value) : `${formatNumber(value)} ${unit}`;
  if (samples.length < 2) return shown;
  const low = formatNumber(Math.min(...samples));
  const high = formatNumber(Math.max(...samples));
  return low === high ? shown : `${shown} (${low}–${high})`;
}

function rounds(row: Row, samples: number[]): string {
  return row.failedRounds > 0 ? ` (${samples.length} ok, ${row.failedRounds} failed)` : '';
}

function puertoCell(row: Row): string {
  if (row.puerto === null) return 'failed';
  return withUnit(row.puerto, row.unit, row.puertoSamples) + rounds(row, row.puertoSamples);
}

function baselineCell(row: Row): string {
  if (row.baseline === null) return '—';
  if (row.baselineValue === null) return `failed (${row.baseline})`;
  return `${row.baseline}: ${withUnit(row.baselineValue, row.unit, row.baselineSamples)}`;
}

function metCell(row: Row): string {
  if (row.target === null) return '';
  if (row.met === null) return 'no figure';
  return row.met ? 'yes' : '**no**';
}

function contenderLabel(row: Row): string {
  const named = row.subject === 'puerto' || row.label.includes(row.subject);
  return named ? row.label : `${row.label} [${row.subject}]`;
}

export function markdownTable(results: readonly ScenarioResult[]): string {
  const lines = [
    '| scenario | metric | Puerto | baseline | ratio | target | met? |',
    '| --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const result of results) {
    if (result.error !== undefined && result.measurements.length === 0) {
      lines.push(`| ${result.name} | could not run | failed | | | | |`);
      continue;
    }
    for (const row of result.rows) {
      const ratio = row.ratio === null ? '—' : `${formatNumber(row.ratio)}×`;
      const cells = [
        row.scenario,
        contenderLabel(row),
        puertoCell(row),
        baselineCell(row),
        ratio,
        row.target?.text ?? '',
        metCell(row),
      ];
      lines.push(`| ${cells.join(' | ')} |`);
    }
  }
  return lines.join('\n');
}

export function machineLines(machine: Machine, options: BenchOptions): string[] {
  return [
    `Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGb} GB, ${machine.os}; ` +
      `Node ${machine.node}; socat ${machine.socat ?? 'not installed'}; ` +
      `open files limit ${machine.openFilesLimit}; ${machine.date}; load average (1 min) ` +
      `${machine.loadAtStart} at start, ${machine.loadAtEnd ?? '?'} at end (shared machine)`,
    `Method: median of ${options.rounds} round(s)${options.quick ? ' at quick (smoke) sizes' : ''}; ` +
      'each round measures every contender once, order rotated each round; every measurement ' +
      'starts a fresh server process on 127.0.0.1 and a separate plain-Node load process; ' +
      "Puerto's stdout is a pipe the runner drains as it comes (counting bytes and lines), as a " +
      'terminal would; MB = 10^6 bytes; RSS from /proc VmRSS of the server and its children; ' +
      '(a–b) is the range of the rounds; ratio = Puerto median ÷ baseline median.',
  ];
}

export function detailLines(results: readonly ScenarioResult[]): string[] {
  const lines: string[] = [];
  for (const result of results) {
    lines.push(`- ${result.name}: ${result.method}`);
    for (const note of result.notes) lines.push(`  - ${note}`);
    if (result.error !== undefined) lines.push(`  - FAILED: ${result.error}`);
    for (const measurement of result.measurements) {
      if (measurement.error === undefined) continue;
      lines.push(
        `  - FAILED round ${measurement.round + 1} ${measurement.contender}: ${measurement.error}`,
      );
    }
  }
  return lines;
}
