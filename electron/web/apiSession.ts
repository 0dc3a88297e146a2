/**
 * One browser tab's WebSocket: each `invoke` goes through the boundary's dispatcher and is
 * answered with its `result`; engine batches go out through a `BatchSender`. Nothing a tab
 * sends can crash the server: malformed messages are answered with INVALID_INPUT.
 */
import type { RawData, WebSocket } from 'ws';
import { z } from 'zod';
import type { ServerMessage } from '../../shared/contract/api';
import type { PuertoError, Result } from '../../shared/contract/errors';
import { decodeWire, encodeWire } from '../../shared/contract/wireCodec';
import type { Dispatcher } from '../boundary';
import { invalidInput } from '../boundary';
import { BatchSender } from './batchSender';
import type { BatchSenderOptions } from './batchSender';

const invokeSchema = z.object({
  type: z.literal('invoke'),
  id: z.number().int().min(0),
  command: z.string(),
  request: z.unknown(),
});

type Invoke = z.infer<typeof invokeSchema>;

function rawText(data: RawData): string {
  if (Array.isArray(data)) return Buffer.concat(data).toString('utf8');
  if (Buffer.isBuffer(data)) return data.toString('utf8');
  return Buffer.from(data).toString('utf8');
}

/** The id to answer a refused message with: its own when it had a usable one, else 0. */
function idOf(value: unknown): number {
  if (typeof value !== 'object' || value === null) return 0;
  const id = (value as Record<string, unknown>).id;
  return typeof id === 'number' && Number.isInteger(id) && id >= 0 ? id : 0;
}

export function parseClientMessage(text: string): Invoke | { id: number; error: Result<never> } {
  let decoded: unknown;
  try {
    decoded = decodeWire(text);
  } catch {
    return { id: 0, error: { ok: false, error: invalidInput('message', 'validation.wrongValue') } };
  }
  const parsed = invokeSchema.safeParse(decoded);
  if (parsed.success) return parsed.data;
  const [issue] = parsed.error.issues;
  const field = issue && issue.path.length > 0 ? issue.path.map(String).join('.') : 'message';
  return {
    id: idOf(decoded),
    error: { ok: false, error: invalidInput(field, 'validation.wrongValue') },
  };
}

export class ApiSession {
  private readonly batches: BatchSender;

  constructor(
    private readonly socket: WebSocket,
    private readonly dispatch: Dispatcher,
    batchOptions: Partial<BatchSenderOptions> = {},
  ) {
    this.batches = new BatchSender(socket, batchOptions);
    socket.on('message', (data) => this.onMessage(data));
    // `ws` emits errors (oversize frame, bad UTF-8) and then closes the socket by itself.
    socket.on('error', () => undefined);
    socket.on('close', () => this.batches.close());
  }

  pushBatch: BatchSender['push'] = (batch) => this.batches.push(batch);

  close(): void {
    this.batches.close();
    this.socket.terminate();
  }

  private onMessage(data: RawData): void {
    const message = parseClientMessage(rawText(data));
    if ('error' in message) {
      this.answer(message.id, message.error);
      return;
    }
    void this.dispatch(message.command, message.request).then((result) =>
      this.answer(message.id, result),
    );
  }

  private answer(id: number, result: Result<unknown>): void {
    if (this.socket.readyState !== this.socket.OPEN) return;
    let text: string;
    try {
      text = encodeWire({ type: 'result', id, result } satisfies ServerMessage);
    } catch {
      const error: PuertoError = {
        code: 'INTERNAL',
        message: 'The result could not be encoded',
        details: {},
      };
      text = encodeWire({
        type: 'result',
        id,
        result: { ok: false, error },
      } satisfies ServerMessage);
    }
    this.socket.send(text);
  }
}
