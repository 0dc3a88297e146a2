/**
 * What a TCP framer keeps between segments (issue 12): only the bytes still waiting, never the
 * whole segment they came in. A 64 KB segment holding one message and the first byte of the
 * next once kept all 64 KB alive per connection, through a two-byte view.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import {
  LengthPrefixFramer,
  withLengthPrefix,
} from '../../../electron/services/dns/lengthPrefixFramer';

setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;
setFlagsFromString('--no-expose-gc');

/** After a collection, and after the ArrayBuffers it freed are swept (that runs concurrently). */
async function arrayBufferBytes(): Promise<number> {
  collectGarbage();
  await new Promise((resolve) => setTimeout(resolve, 20));
  collectGarbage();
  return process.memoryUsage().arrayBuffers;
}

describe('length-prefix framer memory', () => {
  it('keeps the waiting bytes, not the segment they arrived in', async () => {
    const framers = Array.from({ length: 200 }, () => new LengthPrefixFramer());
    const before = await arrayBufferBytes();
    for (const framer of framers) {
      // One 60,000-byte message, then the first byte of the next one's length.
      const segment = Buffer.concat([withLengthPrefix(Buffer.alloc(60_000)), Buffer.of(0)]);
      const [message] = framer.push(segment);
      expect(message?.byteLength).toBe(60_000);
      expect(framer.pendingBytes).toBe(1);
    }
    const retained = (await arrayBufferBytes()) - before;
    console.info(`framer: 200 connections, ${(retained / 1024 / 1024).toFixed(2)} MB retained`);
    // A view into each segment would keep 200 × 60 KB = 12 MB.
    expect(retained).toBeLessThan(1024 * 1024);
    expect(framers[0]?.push(Buffer.of(1, 0x61))).toEqual([Uint8Array.of(0x61)]);
  });
});
