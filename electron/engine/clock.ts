/**
 * Milliseconds since the epoch with a sub-millisecond fraction: `performance.now()` is monotonic
 * and precise, `timeOrigin` anchors it to wall-clock time so captures from two machines compare.
 */
const origin = performance.timeOrigin;

export function now(): number {
  return origin + performance.now();
}
