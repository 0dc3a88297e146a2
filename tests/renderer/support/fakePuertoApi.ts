/**
 * A `PuertoApi` with no engine behind it: tests script each command's answer, read back what
 * the renderer asked for, and push event batches as the engine would.
 */
import type {
  CommandName,
  EngineState,
  EventBatch,
  PuertoApi,
  RequestInput,
  Response,
  Result,
} from '../../../shared/contract';
import { emptyWorkspace } from '../../../shared/contract';

export interface RecordedCall {
  command: CommandName;
  request: unknown;
}

type Responder<C extends CommandName> = (
  request: RequestInput<C>,
) => Result<Response<C>> | Promise<Result<Response<C>>>;

export const emptyState = (): EngineState => ({ servers: [], clients: [], connections: [] });

export class FakePuertoApi implements PuertoApi {
  readonly calls: RecordedCall[] = [];
  private readonly responders = new Map<CommandName, Responder<CommandName>>();
  private readonly listeners = new Set<(batch: EventBatch) => void>();

  constructor() {
    this.respond('getState', () => ({ ok: true, value: emptyState() }));
    this.respond('getCapture', () => ({
      ok: true,
      value: { events: [], firstSeq: 0, lastSeq: 0, totalEvicted: 0 },
    }));
    // Like a host with a fresh data folder: nothing saved yet, and every save accepted.
    this.respond('loadWorkspace', () => ({ ok: true, value: { workspace: emptyWorkspace() } }));
    this.respond('saveWorkspace', () => ({ ok: true, value: { savedAt: Date.now() } }));
  }

  respond<C extends CommandName>(command: C, responder: Responder<C>): void {
    this.responders.set(command, responder as unknown as Responder<CommandName>);
  }

  callsOf(command: CommandName): unknown[] {
    return this.calls.filter((call) => call.command === command).map((call) => call.request);
  }

  async invoke<C extends CommandName>(
    command: C,
    request: RequestInput<C>,
  ): Promise<Result<Response<C>>> {
    this.calls.push({ command, request });
    const responder = this.responders.get(command);
    if (responder === undefined) {
      return {
        ok: false,
        error: { code: 'INTERNAL', message: `no answer scripted for ${command}`, details: {} },
      };
    }
    return (await responder(request as RequestInput<CommandName>)) as Result<Response<C>>;
  }

  onBatch(listener: (batch: EventBatch) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  get batchListenerCount(): number {
    return this.listeners.size;
  }

  emitBatch(batch: Partial<EventBatch>): void {
    const full: EventBatch = { events: [], evicted: 0, ...batch };
    for (const listener of this.listeners) listener(full);
  }
}
