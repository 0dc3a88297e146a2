/** A WebSocket client for browser-mode tests: answers by id, and every batch it was pushed. */
import WebSocket from 'ws';
import type { ClientMessage, ServerMessage } from '../../shared/contract/api';
import type { Result } from '../../shared/contract/errors';
import type { EventBatch } from '../../shared/contract/events';
import { decodeWire, encodeWire } from '../../shared/contract/wireCodec';

export class WebClient {
  readonly batches: EventBatch[] = [];
  private readonly waiting = new Map<number, (result: Result<unknown>) => void>();
  private readonly batchWaiters: Array<() => void> = [];
  private nextId = 1;

  private constructor(readonly socket: WebSocket) {
    socket.on('message', (data, isBinary) => {
      if (!isBinary) throw new Error('browser mode answers in binary frames only');
      const message = decodeWire(data as Buffer) as ServerMessage;
      if (message.type === 'batch') {
        this.batches.push(message.batch);
        for (const wake of this.batchWaiters.splice(0)) wake();
      } else {
        this.waiting.get(message.id)?.(message.result);
        this.waiting.delete(message.id);
      }
    });
  }

  static open(url: string, headers: Record<string, string> = {}): Promise<WebClient> {
    return new Promise((resolve, reject) => {
      const socket = new WebSocket(url, { headers });
      socket.once('open', () => resolve(new WebClient(socket)));
      socket.once('unexpected-response', (_request, response) =>
        reject(new Error(`refused with ${response.statusCode}`)),
      );
      socket.once('error', reject);
    });
  }

  invoke(command: string, request: unknown): Promise<Result<unknown>> {
    const id = this.nextId++;
    return this.sendRaw(
      encodeWire({ type: 'invoke', id, command, request } satisfies ClientMessage),
      id,
    );
  }

  /** Sends any text or bytes and waits for the result answered with `id`. */
  sendRaw(data: string | Uint8Array, id: number): Promise<Result<unknown>> {
    return new Promise((resolve) => {
      this.waiting.set(id, resolve);
      this.socket.send(data);
    });
  }

  /** Waits until the batches received so far satisfy `check`. */
  async waitForBatches(check: (batches: EventBatch[]) => boolean, timeoutMs = 5000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!check(this.batches)) {
      if (Date.now() > deadline) throw new Error('timed out waiting for batches');
      await new Promise<void>((resolve) => {
        this.batchWaiters.push(resolve);
        setTimeout(resolve, 100);
      });
    }
  }

  close(): void {
    this.socket.terminate();
  }
}

/** Resolves with the status code the server refused a WebSocket upgrade with. */
export function refusedStatus(url: string, headers: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url, { headers });
    socket.once('open', () => {
      socket.terminate();
      reject(new Error('the upgrade was accepted'));
    });
    socket.once('unexpected-response', (_request, response) => {
      resolve(response.statusCode ?? 0);
      response.destroy();
    });
    socket.once('error', () => undefined);
  });
}
