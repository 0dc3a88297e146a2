/**
 * The test's side of engineHost.ts: sends commands into a namespace's Puerto and keeps every
 * event it reports, as the renderer would.
 */
import type {
  CommandName,
  PuertoError,
  PuertoEvent,
  RequestInput,
  Response,
  Result,
} from '../../../shared/contract';
import { decodeJsonLine, encodeJsonLine } from '../../../shared/contract/jsonLineCodec';
import { REPOSITORY, startInside, STARTUP_TIMEOUT_MS } from './hostProcess';
import type { HostProcess } from './hostProcess';

const SCRIPT = `${REPOSITORY}tests/twoHosts/support/engineHost.ts`;
const COMMAND_TIMEOUT_MS = 10_000;

export class CommandFailed extends Error {
  constructor(
    readonly command: string,
    readonly error: PuertoError,
  ) {
    super(`${command} failed: ${error.code} ${error.message} ${JSON.stringify(error.details)}`);
  }
}

export class EngineHost {
  readonly events: PuertoEvent[] = [];
  /** Results that came back, by command id, until their caller takes them. */
  private readonly results = new Map<number, Result<unknown>>();
  private nextId = 1;
  private readLines = 0;
  private started = false;
  private startup: Promise<void> | undefined;

  constructor(readonly process: HostProcess) {}

  /** Reads the lines printed since last time: results settle their command, events are kept. */
  private drain(): void {
    const lines = this.process.stdoutLines;
    for (; this.readLines < lines.length; this.readLines++) {
      const line = lines[this.readLines] ?? '';
      if (!line.startsWith('{')) continue;
      const message = decodeJsonLine(line) as {
        ready?: boolean;
        id?: number;
        result?: Result<unknown>;
        event?: PuertoEvent;
      };
      if (message.ready === true) this.started = true;
      if (message.event !== undefined) this.events.push(message.event);
      if (message.id !== undefined && message.result !== undefined) {
        this.results.set(message.id, message.result);
      }
    }
  }

  /** Resolves once the engine host has loaded and reads commands. */
  ready(): Promise<void> {
    this.startup ??= (async () => {
      const deadline = Date.now() + STARTUP_TIMEOUT_MS;
      for (this.drain(); !this.started; this.drain()) {
        if (Date.now() > deadline || this.process.hasExited) {
          throw new Error(`${this.process.label} did not start.\nstderr:\n${this.process.stderr}`);
        }
        await this.process.nextOutput(100);
      }
    })();
    return this.startup;
  }

  /** Runs one command; its error (a PuertoError) is thrown as CommandFailed. */
  async invoke<C extends CommandName>(
    command: C,
    request: RequestInput<C>,
    timeoutMs = COMMAND_TIMEOUT_MS,
  ): Promise<Response<C>> {
    const result = await this.attempt(command, request, timeoutMs);
    if (!result.ok) throw new CommandFailed(command, result.error);
    return result.value;
  }

  /** Runs one command and returns its Result as it came, success or failure. */
  async attempt<C extends CommandName>(
    command: C,
    request: RequestInput<C>,
    timeoutMs = COMMAND_TIMEOUT_MS,
  ): Promise<Result<Response<C>>> {
    await this.ready();
    const id = this.nextId++;
    this.process.child.stdin?.write(`${encodeJsonLine({ id, command, request })}\n`);
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      this.drain();
      const result = this.results.get(id);
      if (result !== undefined) {
        this.results.delete(id);
        return result as Result<Response<C>>;
      }
      if (Date.now() > deadline || this.process.hasExited) {
        throw new Error(
          `${this.process.label}: no answer to ${command}.\nstderr:\n${this.process.stderr}`,
        );
      }
      await this.process.nextOutput(100);
    }
  }

  /** Every event so far that satisfies `check`. */
  eventsWhere(check: (event: PuertoEvent) => boolean): PuertoEvent[] {
    this.drain();
    return this.events.filter(check);
  }

  /** Waits for an event that satisfies `check`; fails with the events seen if none comes. */
  async waitForEvent(
    what: string,
    check: (event: PuertoEvent) => boolean,
    timeoutMs = 10_000,
  ): Promise<PuertoEvent> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.eventsWhere(check)[0];
      if (found !== undefined) return found;
      if (Date.now() > deadline || this.process.hasExited) {
        throw new Error(
          `${this.process.label}: ${what} did not happen.\nevents:\n` +
            this.events.map((event) => encodeJsonLine(event)).join('\n') +
            `\nstderr:\n${this.process.stderr}`,
        );
      }
      await this.process.nextOutput(100);
    }
  }

  /** Everything received on one connection, as text. */
  textReceived(connectionId: string): string {
    const decoder = new TextDecoder();
    return this.eventsWhere(
      (event) => event.kind === 'data-in' && event.connectionId === connectionId,
    )
      .map((event) => (event.kind === 'data-in' ? decoder.decode(event.payload) : ''))
      .join('');
  }

  /** Waits until the text received on `connectionId` contains `expected`. */
  async waitForText(connectionId: string, expected: string, timeoutMs = 10_000): Promise<void> {
    await this.waitForEvent(
      `receiving ${JSON.stringify(expected)} on ${connectionId}`,
      () => this.textReceived(connectionId).includes(expected),
      timeoutMs,
    );
  }

  /** Closes stdin (the engine closes its sockets and exits) and waits for the end. */
  async close(): Promise<void> {
    this.process.child.stdin?.end();
    await this.process.stop(8_000);
  }
}

/** Starts Puerto's engine inside `namespace` (tsx compiles the TypeScript on the fly). */
export function startEngineHost(namespace: string): EngineHost {
  const started = startInside(namespace, process.execPath, ['--import', 'tsx', SCRIPT], {
    stdin: true,
    label: `${namespace}: engine host`,
  });
  return new EngineHost(started);
}
