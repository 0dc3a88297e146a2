/** How much the composer lets one click send, and how hard it may repeat. */
import { MAX_SEND_BYTES } from '../../../shared/contract';
import type { Protocol } from '../../../shared/contract';
import type { ComposerProblem } from './types';

/**
 * 65,535 (the IPv4 total length field) minus the 20-byte IPv4 header and the 8-byte UDP header
 * (RFC 791, RFC 768). The engine refuses larger datagrams with the same number.
 */
export const MAX_UDP_DATAGRAM_BYTES = 65_507;

export const MAX_REPEAT_COUNT = 1000;
/** Faster than this a loop floods the event log and the network teaches nothing. */
export const MIN_REPEAT_INTERVAL_MS = 10;
export const MAX_REPEAT_INTERVAL_MS = 60_000;

export function sendLimit(protocol: Protocol): number {
  return protocol === 'udp' ? MAX_UDP_DATAGRAM_BYTES : MAX_SEND_BYTES;
}

/** Refuses a payload before it is sent: too large for one send (TCP) or one datagram (UDP). */
export function payloadProblem(bytes: number, protocol: Protocol): ComposerProblem | undefined {
  if (bytes <= sendLimit(protocol)) return undefined;
  return {
    key: protocol === 'udp' ? 'composer.problems.tooLargeUdp' : 'composer.problems.tooLargeTcp',
    params: { bytes, limit: sendLimit(protocol) },
  };
}

/** Whole decimal numbers only, as the port fields read them. */
function wholeNumber(text: string): number | undefined {
  const trimmed = text.trim();
  return /^\d{1,9}$/.test(trimmed) ? Number(trimmed) : undefined;
}

export function parseRepeatCount(text: string): number | undefined {
  const count = wholeNumber(text);
  return count !== undefined && count >= 1 && count <= MAX_REPEAT_COUNT ? count : undefined;
}

export function parseRepeatInterval(text: string): number | undefined {
  const interval = wholeNumber(text);
  return interval !== undefined &&
    interval >= MIN_REPEAT_INTERVAL_MS &&
    interval <= MAX_REPEAT_INTERVAL_MS
    ? interval
    : undefined;
}

export function repeatCountProblem(text: string): ComposerProblem | undefined {
  if (parseRepeatCount(text) !== undefined) return undefined;
  return { key: 'composer.repeat.countProblem', params: { max: MAX_REPEAT_COUNT } };
}

export function repeatIntervalProblem(text: string): ComposerProblem | undefined {
  if (parseRepeatInterval(text) !== undefined) return undefined;
  return {
    key: 'composer.repeat.intervalProblem',
    params: { min: MIN_REPEAT_INTERVAL_MS, max: MAX_REPEAT_INTERVAL_MS },
  };
}
