/**
 * How `puerto probe` tells a student what it found: the outcome in the lecture's words, what
 * to try next and, when packets seem to vanish, how to open the port in each system's firewall.
 */
import type { Protocol } from '../../shared/contract/model';
import type { ProbeOutcome, ProbeResult } from '../../shared/contract/probe';
import { explainError, translate } from '../../shared/i18n';
import type { Locale } from '../../shared/i18n';
import { firewallCommands } from '../../shared/network/firewallAdvice';

const OUTCOME_KEYS: Readonly<Record<ProbeOutcome, string>> = {
  reachable: 'reachable',
  refused: 'refused',
  'timed-out': 'timedOut',
  unreachable: 'unreachable',
  'no-answer': 'noAnswer',
};

/** Silence is what a firewall that drops packets looks like from outside. */
function needsFirewallAdvice(outcome: ProbeOutcome): boolean {
  return outcome === 'timed-out' || outcome === 'no-answer';
}

/**
 * The same commands the window's firewall help shows (`shared/network/firewallAdvice`), each
 * under its label; the undo commands are left to the window, where they can be copied.
 */
function commandLines(
  locale: Locale,
  platform: 'windows' | 'linux',
  target: { protocol: Protocol; port: number },
): string[] {
  return firewallCommands(platform, target)
    .filter((command) => !command.id.endsWith('-undo'))
    .map((command) => `    ${translate(locale, command.labelKey)} ${command.command}`);
}

export function firewallAdvice(
  locale: Locale,
  target: { protocol: Protocol; port: number },
): string[] {
  const values = { proto: target.protocol.toUpperCase(), port: target.port };
  const line = (key: string) => translate(locale, `cli.probe.firewall.${key}`, values);
  return [
    line('title'),
    line('windows'),
    ...commandLines(locale, 'windows', target),
    line('linux'),
    ...commandLines(locale, 'linux', target),
    line('macos'),
  ];
}

/** The lines `probe` prints for one result, in order. */
export function probeReport(result: ProbeResult, timeoutMs: number, locale: Locale): string[] {
  const proto = result.protocol.toUpperCase();
  const params = {
    proto,
    host: result.host,
    address: result.address ?? result.host,
    port: result.port,
    seconds: Math.round(timeoutMs / 100) / 10,
    elapsed: Math.round(result.elapsedMs),
  };
  const base = `cli.probe.${OUTCOME_KEYS[result.outcome]}`;
  const lines = [translate(locale, `${base}.title`, params)];
  if (result.outcome === 'unreachable' && result.error !== undefined) {
    const { title, explain, hint } = explainError(locale, result.error);
    lines.push(title, explain, hint);
  } else {
    lines.push(
      translate(locale, `${base}.explain`, params),
      translate(locale, `${base}.hint`, params),
    );
  }
  if (needsFirewallAdvice(result.outcome)) lines.push('', ...firewallAdvice(locale, result));
  return lines;
}
