/**
 * What an SNMP note keeps (issue 12): the engine hands the service the whole datagram, while
 * the capture keeps only its first 16 KiB. A note must be text of its own, short, and never a
 * view or a slice of the datagram, or each 65 KB datagram would stay alive through its note.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import type { BehaviourSession } from '../../../electron/engine';
import { createSnmpBehaviour } from '../../../electron/services/snmp/snmpBehaviour';
import type { EventAnnotation } from '../../../shared/contract/events';
import { message, octets } from './messages';

setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;
setFlagsFromString('--no-expose-gc');

/** After a collection, and after the ArrayBuffers it freed are swept (that runs concurrently). */
async function heldBytes(): Promise<number> {
  collectGarbage();
  await new Promise((resolve) => setTimeout(resolve, 20));
  collectGarbage();
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return heapUsed + arrayBuffers;
}

const session: BehaviourSession = {
  id: 'flow-1',
  protocol: 'udp',
  local: { address: '127.0.0.1', port: 1161 },
  remote: { address: '127.0.0.1', port: 40000 },
  send: () => true,
  end() {},
  close() {},
  pause() {},
  resume() {},
};

/** A 60 KB request: a long community or a long value, in words that need several bytes. */
function large(index: number): Uint8Array {
  const long = `ñandú ${index} `.repeat(5_000);
  return index % 2 === 0
    ? message({ tag: 0xa3, bindings: [['1.3.6.1.2.1.1.6.0', octets(long)]] })
    : message({ community: long });
}

describe('snmp notes', () => {
  it('keep neither the datagram nor a slice of its text, and stay short', async () => {
    const instance = createSnmpBehaviour().create({ name: 'snmp', community: 'public' });
    const notes: EventAnnotation[] = [];
    const before = await heldBytes();
    const started = performance.now();
    for (let index = 0; index < 200; index++) {
      const note = instance.describe?.(session, 'in', large(index));
      if (note !== undefined) notes.push(note);
    }
    const each = (performance.now() - started) / 200;
    const retained = (await heldBytes()) - before;
    console.info(
      `snmp notes: 200 × 60 KB, ${(retained / 1024 / 1024).toFixed(2)} MB retained, ${each.toFixed(2)} ms each`,
    );
    expect(notes).toHaveLength(200);
    for (const note of notes) expect(JSON.stringify(note).length).toBeLessThan(2_048);
    expect(JSON.stringify(notes[0])).toContain('ñandú 0');
    // Holding each datagram (or its text) would be 200 × 60 KB = 12 MB.
    expect(retained).toBeLessThan(2 * 1024 * 1024);
    instance.dispose?.();
  });

  it('shows the start of a long value as text even when the cut falls inside a character', () => {
    const instance = createSnmpBehaviour().create({ name: 'snmp', community: 'public' });
    const long = `a${'ñ'.repeat(3_000)}`;
    const request = message({ tag: 0xa3, bindings: [['1.3.6.1.2.1.1.6.0', octets(long)]] });
    const note = instance.describe?.(session, 'in', request);
    const value = JSON.stringify(note).match(
      /"services\.snmp\.fields\.value","value":"((?:[^"\\]|\\.)*)"/,
    );
    const shown = JSON.parse(`"${value?.[1] ?? ''}"`) as string;
    expect(shown.startsWith('"añññ')).toBe(true);
    expect(shown.endsWith('ñ…')).toBe(true);
    expect(shown).toHaveLength(257);
    instance.dispose?.();
  });
});
