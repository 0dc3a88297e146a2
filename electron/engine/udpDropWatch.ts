/**
 * Keeps a UDP server's `kernelDrops` current (issue 12: "the kernel dropped 905,219 datagrams:
 * nobody read them in time"). It reads the system's count only while datagrams arrive (the
 * server's `messagesIn` moved since the last look), so an idle server costs nothing; drops
 * cannot grow without arrivals, and the datagrams read after a burst move `messagesIn` once
 * more, so the last drops of a burst are read too.
 */
import type { Socket } from 'node:dgram';
import type { ServerInfo } from '../../shared/contract/model';
import type { EventRecorder } from './eventRecorder';
import type { SocketKey } from './udpKernelDrops';
import { readKernelDrops, socketKey } from './udpKernelDrops';

export class UdpDropWatch {
  readonly #info: ServerInfo;
  readonly #recorder: EventRecorder;
  readonly #timer: NodeJS.Timeout;
  #key: SocketKey | undefined;
  #seenMessages = 0;
  #reading = false;

  constructor(socket: Socket, info: ServerInfo, recorder: EventRecorder, intervalMs: number) {
    this.#info = info;
    this.#recorder = recorder;
    void socketKey(socket, info.port).then((key) => (this.#key = key));
    this.#timer = setInterval(() => void this.#look(), intervalMs);
    this.#timer.unref();
  }

  stop(): void {
    clearInterval(this.#timer);
  }

  async #look(): Promise<void> {
    const messages = this.#info.counters.messagesIn;
    if (this.#reading || this.#key === undefined || messages === this.#seenMessages) return;
    this.#reading = true;
    this.#seenMessages = messages;
    try {
      const drops = await readKernelDrops(this.#key);
      if (drops === undefined || drops === this.#info.kernelDrops) return;
      this.#info.kernelDrops = drops;
      this.#recorder.stateChanged('server', this.#info.id);
    } finally {
      this.#reading = false;
    }
  }
}
