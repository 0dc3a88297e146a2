/** Every scenario of `npm run bench`, in the order they run (the browser, the longest, last). */
import type { SizedScenario } from '../scenario';
import { browserScenario } from './browser';
import { memoryScenario } from './memory';
import { startScenario } from './start';
import { tcpEchoScenario } from './tcpEcho';
import { tcpHoldScenario } from './tcpHold';
import { udpEchoScenario } from './udpEcho';

export const SCENARIOS: readonly SizedScenario[] = [
  tcpEchoScenario(false),
  tcpEchoScenario(true),
  udpEchoScenario,
  tcpHoldScenario,
  startScenario,
  memoryScenario,
  browserScenario,
];

/** The scenarios `only` names (all when empty), less those `skip` names; unknown names throw. */
export function chooseScenarios(only: readonly string[], skip: readonly string[]): SizedScenario[] {
  const known = new Set(SCENARIOS.map((scenario) => scenario.name));
  for (const name of [...only, ...skip]) {
    if (!known.has(name)) throw new Error(`no scenario "${name}"; known: ${[...known].join(', ')}`);
  }
  return SCENARIOS.filter(
    (scenario) =>
      (only.length === 0 || only.includes(scenario.name)) && !skip.includes(scenario.name),
  );
}
