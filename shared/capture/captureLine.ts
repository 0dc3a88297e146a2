/**
 * One event as one line of a capture file, and back. The line keeps the field names that
 * `puerto serve --json` prints (seq, time, kind, proto, local, remote, bytes, hex…), so a
 * capture exported from the window and a log printed by the CLI read the same way in `jq`,
 * and either can be imported. The payload travels as hex (exact) and as text (for people).
 */
import { z } from 'zod';
import { ERROR_CODES } from '../contract/errors';
import type { DecodedField, EventAnnotation, PuertoEvent } from '../contract/events';
import type { Endpoint } from '../contract/model';
import { bytesToHex, bytesToText, endpointToText, hexToBytes, textToEndpoint } from './bytesText';

export interface CaptureLine {
  seq: number;
  /** ISO 8601 with milliseconds, for people and spreadsheets. */
  time: string;
  /** Milliseconds since the epoch with the sub-millisecond fraction, for exact round trips. */
  timestamp: number;
  kind: PuertoEvent['kind'];
  proto: PuertoEvent['proto'];
  local: string | null;
  remote: string | null;
  /** Bytes on the wire; 0 for events that carry no data. */
  bytes: number;
  serverId?: string;
  clientId?: string;
  connectionId?: string;
  text?: string;
  hex?: string;
  truncated?: boolean;
  annotation?: EventAnnotation;
  by?: string;
  state?: string;
  buffered?: number;
  error?: unknown;
}

/** The fields every line has, in the order they are written; the rest depend on the kind. */
export function lineHead(event: PuertoEvent): CaptureLine {
  const line: CaptureLine = {
    seq: event.seq,
    time: new Date(event.time).toISOString(),
    timestamp: event.time,
    kind: event.kind,
    proto: event.proto,
    local: event.local ? endpointToText(event.local) : null,
    remote: event.remote ? endpointToText(event.remote) : null,
    bytes: event.kind === 'data-in' || event.kind === 'data-out' ? event.bytes : 0,
  };
  for (const key of ['serverId', 'clientId', 'connectionId'] as const) {
    if (event[key] !== undefined) line[key] = event[key];
  }
  return line;
}

/**
 * `hex` lets a host with a native encoder (Node's `Buffer#toString('hex')`) use it; the line
 * is the same either way.
 */
export function eventToLine(
  event: PuertoEvent,
  hex: (bytes: Uint8Array) => string = bytesToHex,
): CaptureLine {
  const line = lineHead(event);
  switch (event.kind) {
    case 'data-in':
    case 'data-out':
      line.text = bytesToText(event.payload);
      line.hex = hex(event.payload);
      line.truncated = event.truncated;
      if (event.annotation !== undefined) line.annotation = event.annotation;
      break;
    case 'half-closed':
    case 'closed':
      line.by = event.by;
      break;
    case 'flow':
      line.state = event.state;
      line.buffered = event.buffered;
      break;
    case 'error':
      line.error = event.error;
      break;
  }
  return line;
}

const endpointSchema = z
  .string()
  .nullable()
  .optional()
  .transform((text, context): Endpoint | undefined => {
    if (text === null || text === undefined) return undefined;
    const endpoint = textToEndpoint(text);
    if (endpoint === null) {
      context.issues.push({ code: 'custom', message: 'endpoint', input: text });
      return z.NEVER;
    }
    return endpoint;
  });

const id = z.string().min(1).max(64).optional();

const baseShape = {
  seq: z.number().int().min(0),
  time: z.string().optional(),
  timestamp: z.number().finite().optional(),
  proto: z.enum(['tcp', 'udp']),
  local: endpointSchema,
  remote: endpointSchema,
  serverId: id,
  clientId: id,
  connectionId: id,
};

const decodedFieldSchema: z.ZodType<DecodedField> = z.lazy(() =>
  z.object({
    label: z.string().max(200),
    value: z.string().max(4096).optional(),
    children: z.array(decodedFieldSchema).max(256).optional(),
  }),
);

const annotationSchema = z.object({
  protocol: z.string().max(40),
  role: z.enum(['request', 'response']).optional(),
  lines: z
    .array(
      z.object({
        text: z.string().max(4096),
        key: z.string().max(200),
        params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
      }),
    )
    .max(1000)
    .optional(),
  fields: z.array(decodedFieldSchema).max(256).optional(),
});

const lineSchema = z.discriminatedUnion('kind', [
  z.object({
    ...baseShape,
    kind: z.enum([
      'listening',
      'stopped',
      'accepted',
      'waiting',
      'connecting',
      'connected',
      'ready',
    ]),
  }),
  z.object({
    ...baseShape,
    kind: z.enum(['data-in', 'data-out']),
    bytes: z.number().int().min(0),
    hex: z.string().regex(/^(?:[0-9a-fA-F]{2})*$/),
    truncated: z.boolean().default(false),
    annotation: annotationSchema.optional(),
  }),
  z.object({ ...baseShape, kind: z.literal('half-closed'), by: z.enum(['local', 'remote']) }),
  z.object({ ...baseShape, kind: z.literal('closed'), by: z.enum(['local', 'remote', 'reset']) }),
  z.object({
    ...baseShape,
    kind: z.literal('flow'),
    state: z.enum(['paused', 'flowing']),
    buffered: z.number().int().min(0),
  }),
  z.object({
    ...baseShape,
    kind: z.literal('error'),
    error: z.object({
      code: z.enum(ERROR_CODES),
      message: z.string().max(4096),
      details: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])),
    }),
  }),
]);

export type LineResult = { ok: true; event: PuertoEvent } | { ok: false; field: string };

/** The event's time: the exact timestamp when the line has one, else its ISO time. */
function timeOf(line: { time?: string; timestamp?: number }): number | null {
  if (line.timestamp !== undefined) return line.timestamp;
  const parsed = line.time === undefined ? Number.NaN : Date.parse(line.time);
  return Number.isFinite(parsed) ? parsed : null;
}

/** Reads one parsed JSON line; a refusal names the first field that was wrong. */
export function lineToEvent(value: unknown): LineResult {
  const parsed = lineSchema.safeParse(value);
  if (!parsed.success) {
    const path = parsed.error.issues[0]?.path ?? [];
    return { ok: false, field: path.length === 0 ? 'kind' : path.map(String).join('.') };
  }
  const line = parsed.data;
  const time = timeOf(line);
  if (time === null) return { ok: false, field: 'time' };
  const event: Record<string, unknown> = {
    seq: line.seq,
    time,
    proto: line.proto,
    kind: line.kind,
  };
  for (const key of ['serverId', 'clientId', 'connectionId', 'local', 'remote'] as const) {
    if (line[key] !== undefined) event[key] = line[key];
  }
  switch (line.kind) {
    case 'data-in':
    case 'data-out': {
      const payload = hexToBytes(line.hex) as Uint8Array;
      // A capped capture holds fewer bytes than went on the wire, never more.
      if (line.bytes < payload.byteLength) return { ok: false, field: 'bytes' };
      Object.assign(event, { bytes: line.bytes, payload, truncated: line.truncated });
      if (line.annotation !== undefined) event.annotation = line.annotation;
      break;
    }
    case 'half-closed':
    case 'closed':
      event.by = line.by;
      break;
    case 'flow':
      Object.assign(event, { state: line.state, buffered: line.buffered });
      break;
    case 'error':
      event.error = line.error;
      break;
  }
  return { ok: true, event: event as unknown as PuertoEvent };
}
