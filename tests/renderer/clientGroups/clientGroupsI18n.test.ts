/// <reference types="vite/client" />
import { describe, expect, it } from 'vitest';
import { messages } from '../../../shared/i18n';
import { GROUP_MODES, MODE_KEYS } from '../../../renderer/src/clientGroups/groupTypes';
import { received, sent } from './groupEvents';
import { mountGroup } from './groupHarness';

function leaves(node: unknown, prefix = ''): Map<string, string> {
  const found = new Map<string, string>();
  if (typeof node !== 'object' || node === null) return found.set(prefix, String(node));
  for (const [key, child] of Object.entries(node)) {
    for (const entry of leaves(child, prefix === '' ? key : `${prefix}.${key}`)) {
      found.set(...entry);
    }
  }
  return found;
}

const english = leaves(messages.en.clientGroups, 'clientGroups');
const spanish = leaves(messages.es.clientGroups, 'clientGroups');

/** The area's source files as text: Vite reads them, so the test stays a renderer test. */
const SOURCES: Record<string, string> = import.meta.glob(
  [
    '../../../renderer/src/components/clientGroups/*.vue',
    '../../../renderer/src/clientGroups/*.ts',
    '../../../renderer/src/stores/clientGroups.ts',
  ],
  { query: '?raw', import: 'default', eager: true },
);

/** Every `clientGroups.…` key written out in full in the area's source files. */
function keysInSources(): Set<string> {
  const keys = new Set<string>();
  for (const source of Object.values(SOURCES)) {
    for (const match of source.matchAll(/'(clientGroups(?:\.\w+)+)'/g)) keys.add(match[1] ?? '');
  }
  return keys;
}

describe('client group texts', () => {
  it('exist in English and Spanish, every one of them', () => {
    expect([...spanish.keys()]).toEqual([...english.keys()]);
    for (const [key, text] of [...english, ...spanish]) expect(text.trim(), key).not.toBe('');
  });

  it('cover every key the code names, including those it builds', () => {
    const built = [
      ...GROUP_MODES.flatMap((mode) => [
        `clientGroups.mode.modes.${MODE_KEYS[mode]}`,
        `clientGroups.mode.help.${MODE_KEYS[mode]}`,
      ]),
      ...['idle', 'opening', 'failed'].map((status) => `clientGroups.members.status.${status}`),
      ...['remote', 'local', 'reset'].map((by) => `clientGroups.answers.closedBy.${by}`),
      ...['local', 'recent'].flatMap((source) => [
        `clientGroups.members.${source}`,
        `clientGroups.members.${source}Help`,
      ]),
    ];
    expect(Object.keys(SOURCES).length).toBeGreaterThan(15);
    const used = [...keysInSources(), ...built];
    expect(used.length).toBeGreaterThan(30);
    expect(used.filter((key) => !english.has(key) || !spanish.has(key))).toEqual([]);
  });

  it('show no English in the Spanish tab', async () => {
    const harness = await mountGroup('es');
    for (const port of [7, 13]) await harness.addByHand(port);
    await harness.click('group-open');
    await harness.fill('group-message', 'hola');
    await harness.click('group-send');
    await harness.feed([
      sent('connection-1', 'hola\n', { seq: 1, at: 0 }),
      received('connection-1', 'hola\n', { seq: 2, at: 1 }),
    ]);
    const shown = harness.wrapper.text();
    expect(shown).toContain(messages.es.clientGroups.answers.waiting);
    expect(shown).toContain('primer byte a los 1,0 ms');
    const englishOnly = [...english]
      .filter(([key, text]) => spanish.get(key) !== text && !text.includes('{'))
      .map(([, text]) => text);
    expect(englishOnly.filter((text) => shown.includes(text))).toEqual([]);
    harness.wrapper.unmount();
  });
});
