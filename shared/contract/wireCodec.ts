/**
 * Browser mode's wire: every WebSocket message, both directions, is one binary frame of
 * MessagePack (msgpackr) with records, so an event's keys are written once per shape and frame
 * rather than once per event, and `Uint8Array` travels as MessagePack `bin`, byte for byte.
 * Electron IPC needs none of this (structured clone carries the same objects natively), and
 * line-oriented channels use jsonLineCodec.ts.
 *
 * Chosen by measurement (issue 10, section 4): one batch message, encode and decode medians of
 * 60 interleaved rounds, Node 20 and headless Chromium under the page's CSP, on the shared
 * 2-core test machine (load average 6 then: a quieter run halved every time, same ratios).
 *
 *   2,000 data events of 2 bytes     bytes  B/event  Node enc/dec (ms)  Chromium enc/dec (ms)
 *   JSON + base64 reviver (before) 589,225      295       8.8 / 16.6          6.8 / 12.9
 *   msgpackr, plain maps           427,942      214       8.5 /  4.0          3.0 /  4.0
 *   msgpackr, records (this file)  174,191       87       8.8 /  1.3          2.8 /  1.2
 *
 *   100 data events of 16 KiB
 *   JSON + base64 reviver (before) 2,210,349  22,103    111.5 /  7.3         82.5 /  8.8
 *   msgpackr, plain maps           1,656,942  16,569      0.4 /  0.4          1.9 /  1.6
 *   msgpackr, records (this file)  1,645,942  16,459      0.5 /  0.3          2.1 /  1.5
 *
 * The build without `new Function` is used because the page's CSP (`script-src 'self'`)
 * forbids eval: the default build would try it for records, be refused, and report a CSP
 * violation on every page load. Decoded bytes are copies (`copyBuffers`), never views into the
 * frame: a 2-byte payload held by the capture must not keep a 170 KB frame alive.
 */
import msgpackr from 'msgpackr/index-no-eval';

const packr = new msgpackr.Packr({ useRecords: true });
const unpackr = new msgpackr.Unpackr({
  useRecords: true,
  // A peer may still send plain MessagePack maps; they become objects, never `Map`s.
  mapsAsObjects: true,
  copyBuffers: true,
});

/** One message as a binary frame (a view that later encodes never overwrite, so it may queue). */
export function encodeWire(value: unknown): Uint8Array {
  return packr.pack(value);
}

/**
 * Throws on bytes that are not one whole MessagePack value. Bytes come out as plain
 * `Uint8Array` in every host: read through a plain view, even a Node `Buffer` yields no
 * `Buffer`s, so what crosses the boundary is the same data in Node and in the page.
 */
export function decodeWire(frame: Uint8Array | ArrayBuffer): unknown {
  const bytes =
    frame instanceof Uint8Array
      ? new Uint8Array(frame.buffer, frame.byteOffset, frame.byteLength)
      : new Uint8Array(frame);
  return unpackr.unpack(bytes);
}
