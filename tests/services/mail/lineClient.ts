/**
 * A raw TCP client for scripted dialogues (junk, overlong lines, one POP3 session across
 * several commands): it sends bytes and waits for the server's answer to match, bounded in
 * time. It judges nothing itself; the tests assert on what the server sent.
 */
import { connect } from 'node:net';
import type { Socket } from 'node:net';

const open = new Set<Socket>();

export class LineClient {
  #received = '';
  #read = 0;
  #closed = false;

  private constructor(private readonly socket: Socket) {
    socket.setEncoding('latin1');
    socket.on('data', (chunk: string) => (this.#received += chunk));
    socket.on('close', () => (this.#closed = true));
    socket.on('error', () => {});
  }

  static connect(port: number, host = '127.0.0.1'): Promise<LineClient> {
    return new Promise((resolve, reject) => {
      const socket = connect({ port, host }, () => resolve(new LineClient(socket)));
      open.add(socket);
      socket.once('close', () => open.delete(socket));
      socket.once('error', reject);
    });
  }

  get closed(): boolean {
    return this.#closed;
  }

  send(data: string | Buffer): void {
    this.socket.write(typeof data === 'string' ? Buffer.from(data, 'latin1') : data);
  }

  /** Waits until what arrived since the last call matches, and returns (and consumes) it. */
  async waitFor(pattern: RegExp, timeoutMs = 8_000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const unread = this.#received.slice(this.#read);
      const match = pattern.exec(unread);
      if (match !== null) {
        this.#read += match.index + match[0].length;
        return unread.slice(0, match.index + match[0].length);
      }
      if (Date.now() > deadline || this.#closed) {
        throw new Error(`no ${String(pattern)} in ${JSON.stringify(unread.slice(0, 500))}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  /** Sends one line (CRLF added) and waits for a reply line matching `pattern`. */
  async ask(line: string, pattern = /\r\n/): Promise<string> {
    this.send(`${line}\r\n`);
    return this.waitFor(pattern);
  }

  /** Resolves when the server closed the connection. */
  async waitClosed(timeoutMs = 8_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!this.#closed) {
      if (Date.now() > deadline) throw new Error('the server did not close the connection');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
}

/** For afterEach: destroys every socket a test left open. */
export function closeLineClients(): void {
  for (const socket of open) socket.destroy();
  open.clear();
}
