/**
 * A UDP server: one bound socket that hears datagrams from any peer. There is no accept: a
 * flow appears with the first datagram from a new address:port (slide 8: UDP has ports, but
 * no connections).
 */
import type { Socket } from 'node:dgram';
import type { ServerInfo } from '../../shared/contract/model';
import { bindFirst, listenCandidates } from './bindAddress';
import { toPuertoError } from './errors';
import type { ServerContext, ServerHandle } from './server';
import { copyServerInfo, markListening, markStopped, serverLabels } from './server';
import { UdpDropWatch } from './udpDropWatch';
import { bindUdpSocket, UdpEndpoint } from './udpEndpoint';

/**
 * A larger receive buffer holds a burst while the engine is busy (issue 12: 90.5 % of a
 * 1,000,000-datagram flood was dropped). The system may grant less (Linux caps it at
 * net.core.rmem_max) or refuse; the server then works with what it has, as before.
 */
function askForReceiveBuffer(socket: Socket, bytes: number): void {
  if (bytes <= 0) return;
  try {
    socket.setRecvBufferSize(bytes);
  } catch {
    // Refused: the system's default buffer stays.
  }
}

export class UdpServer implements ServerHandle {
  readonly #info: ServerInfo;
  readonly #context: ServerContext;
  #endpoint: UdpEndpoint | undefined;
  #dropWatch: UdpDropWatch | undefined;

  constructor(info: ServerInfo, context: ServerContext) {
    this.#info = info;
    this.#context = context;
  }

  get id(): string {
    return this.#info.id;
  }

  get finished(): boolean {
    return this.#info.status === 'stopped' || this.#info.status === 'failed';
  }

  snapshot(): ServerInfo {
    return copyServerInfo(this.#info);
  }

  async start(): Promise<void> {
    const { value: socket } = await bindFirst(listenCandidates(this.#info.bind), (candidate) =>
      bindUdpSocket({ ...candidate, port: this.#info.requestedPort }),
    );
    const { recorder } = this.#context;
    askForReceiveBuffer(socket, this.#context.udpReceiveBufferBytes);
    const endpoint = new UdpEndpoint({
      socket,
      connected: false,
      flowLimit: this.#context.udpFlowLimit,
      nextFlowId: this.#context.nextConnectionId,
      template: {
        role: 'server',
        serverId: this.#info.id,
        recorder,
        serverCounters: this.#info.counters,
      },
      onFlow: (flow) => {
        this.#info.activeConnections += 1;
        this.#info.totalConnections += 1;
        flow.on('close', () => {
          this.#info.activeConnections -= 1;
          recorder.stateChanged('server', this.#info.id);
        });
        recorder.stateChanged('server', this.#info.id);
        this.#context.adopt(flow);
      },
      onError: (cause) => {
        const error = toPuertoError(cause, { proto: 'udp', port: this.#info.port });
        recorder.recordError(serverLabels(this.#info), error);
      },
    });
    this.#endpoint = endpoint;
    this.#info.local = endpoint.local;
    this.#info.port = endpoint.local.port;
    if (this.#context.kernelDropsPollMs > 0 && process.platform === 'linux') {
      this.#dropWatch = new UdpDropWatch(
        socket,
        this.#info,
        recorder,
        this.#context.kernelDropsPollMs,
      );
    }
    markListening(this.#info, recorder);
  }

  /** A UDP socket cannot outlive its port, so its flows always end with it. */
  async stop(): Promise<void> {
    const endpoint = this.#endpoint;
    if (endpoint === undefined) return;
    this.#endpoint = undefined;
    this.#dropWatch?.stop();
    markStopped(this.#info, this.#context.recorder);
    await endpoint.close();
  }

  destroy(): Promise<void> {
    return this.stop();
  }
}
