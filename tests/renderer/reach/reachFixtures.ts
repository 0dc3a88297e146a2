import type { ProbeOutcome, ProbeResult } from '../../../shared/contract';
import type { ProbeState } from '../../../renderer/src/stores/reach';

export function probeResult(
  outcome: ProbeOutcome,
  overrides: Partial<ProbeResult> = {},
): ProbeResult {
  return {
    protocol: 'tcp',
    host: '192.168.1.21',
    address: '192.168.1.21',
    port: 7007,
    outcome,
    elapsedMs: outcome === 'timed-out' || outcome === 'no-answer' ? 3_000 : 4,
    ...overrides,
  };
}

export function done(result: ProbeResult): ProbeState {
  const { protocol, host, port } = result;
  return { status: 'done', target: { protocol, host, port }, result };
}

/** The message with its `{placeholders}` filled, as vue-i18n shows it. */
export function filled(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_match, name: string) => String(values[name]));
}
