/**
 * The engine: plain Node sockets behind the commands of shared/contract. It runs unchanged in
 * Electron's main process, the CLI and browser mode. Every command takes an already validated
 * request; failures throw EngineError carrying a PuertoError.
 */
import type { CommandHandlers } from '../../shared/contract/api';
import type { Request, Response } from '../../shared/contract/commands';
import type { CaptureStats, EventBatch, PuertoEvent } from '../../shared/contract/events';
import type { Concurrency, ServerInfo, SystemInfo } from '../../shared/contract/model';
import type { BehaviourInstance } from './behaviours/behaviour';
import type { BehaviourRegistry } from './behaviours/registry';
import type { Conversation } from './conversation';
import type { EngineOptions } from './options';
import type { ServerContext, ServerHandle } from './server';
import { countRefused } from './server';
import { attachBehaviour } from './behaviours/attach';
import { listenCandidates } from './bindAddress';
import { createBehaviourRegistry } from './behaviours/registry';
import { CaptureRing } from './captureRing';
import { ClientHandle } from './client';
import { openTcpClient, openUdpClient } from './clientOpeners';
import { now } from './clock';
import { zeroCounters } from './conversation';
import { EngineError, toPuertoError } from './errors';
import { EventBatcher } from './eventBatcher';
import { EventRecorder } from './eventRecorder';
import { createIdSource } from './ids';
import { NetworkWatch } from './networkWatch';
import { resolveOptions } from './options';
import type { ProberOptions } from './probe';
import { Prober } from './probe';
import { EngineRegistry } from './registry';
import { readSystemInfo } from './systemInfo';
import { TcpServer } from './tcpServer';
import { UdpServer } from './udpServer';

/**
 * A start request as the contract validates it, except that `concurrency` may be left out
 * (concurrent): hosts and tests written before the choice existed keep working.
 */
export type StartServerRequest = Omit<Request<'startServer'>, 'concurrency'> & {
  concurrency?: Concurrency;
};

export class PuertoEngine implements CommandHandlers {
  readonly #options: EngineOptions;
  readonly #behaviours: BehaviourRegistry;
  readonly #nextId = createIdSource();
  readonly #registry: EngineRegistry;
  readonly #ring: CaptureRing;
  readonly #batcher: EventBatcher;
  readonly #recorder: EventRecorder;
  /** Each running server's behaviour, released when the server stops. */
  readonly #disposers = new Map<string, () => void>();
  readonly #prober: Prober;
  readonly #readSystemInfo: () => SystemInfo;
  readonly #networkWatch: NetworkWatch;
  #closing: Promise<void> | undefined;

  /** `probe` lets tests open TCP probe sockets their own way (a peer that never answers). */
  constructor(options: Partial<EngineOptions> = {}, probe: ProberOptions = {}) {
    this.#options = resolveOptions(options);
    this.#prober = new Prober(probe);
    this.#readSystemInfo = this.#options.systemInfo ?? readSystemInfo;
    this.#behaviours = this.#options.behaviours ?? createBehaviourRegistry();
    this.#registry = new EngineRegistry(this.#options.closedRetention, (kind, id) =>
      this.#batcher.removed(kind, id),
    );
    this.#ring = new CaptureRing({
      limit: this.#options.captureLimit,
      budgetBytes: this.#options.captureBudgetBytes,
    });
    this.#batcher = new EventBatcher({
      intervalMs: this.#options.batchIntervalMs,
      source: this.#registry.infos,
      captureStats: () => this.#captureStats(),
    });
    this.#recorder = new EventRecorder({
      ring: this.#ring,
      batcher: this.#batcher,
      payloadCapPerEvent: this.#options.payloadCapPerEvent,
    });
    this.#networkWatch = new NetworkWatch({
      intervalMs: this.#options.networkPollMs,
      read: this.#readSystemInfo,
      onChange: (info) => this.#batcher.systemChanged(info),
    });
    this.#networkWatch.start();
  }

  /**
   * Subscribes to batches. A listener's first batch carries the whole state (and the capture's
   * figures); the later ones only what changed, so the window never needs a snapshot per batch.
   */
  onBatch(listener: (batch: EventBatch) => void): () => void {
    let first = true;
    const unsubscribe = this.#batcher.on('batch', (batch) => {
      if (!first) {
        listener(batch);
        return;
      }
      first = false;
      listener({ ...batch, state: this.#registry.snapshot(), capture: this.#captureStats() });
    });
    this.#batcher.request();
    return unsubscribe;
  }

  onEvent(listener: (event: PuertoEvent) => void): () => void {
    return this.#recorder.on('event', listener);
  }

  async startServer(request: StartServerRequest): Promise<ServerInfo> {
    this.#assertOpen();
    const {
      protocol,
      port,
      bind,
      behaviour: config,
      concurrency = 'concurrent',
      maxConnections = this.#options.maxConnections,
    } = request;
    if (concurrency === 'iterative' && protocol !== 'tcp') {
      throw new EngineError('INVALID_INPUT', 'only a TCP server can be iterative', {
        field: 'concurrency',
        reason: 'validation.iterativeNeedsTcp',
      });
    }
    if (!this.#behaviours.supports(config.name, protocol)) {
      throw new EngineError('INVALID_INPUT', `no ${protocol} behaviour named ${config.name}`, {
        field: 'behaviour.name',
        reason: 'validation.wrongValue',
      });
    }
    // A service's library loads when its first server starts (issue 10); loaded ones start
    // without waiting a tick, as before.
    const behaviour =
      this.#behaviours.get(config.name) ?? (await this.#behaviours.load(config.name));
    this.#assertOpen();
    const info: ServerInfo = {
      id: this.#nextId('server'),
      protocol,
      requestedPort: port,
      port,
      bind,
      local: { address: listenCandidates(bind)[0]?.address ?? '', port },
      behaviour: config,
      status: 'starting',
      startedAt: now(),
      counters: zeroCounters(),
      concurrency,
      waiting: [],
      activeConnections: 0,
      totalConnections: 0,
      ...(protocol === 'tcp' ? { maxConnections } : {}),
      refused: { connections: 0, reported: 0 },
    };
    const instance = behaviour.create(config);
    const context = this.#serverContext(instance, info);
    const server: ServerHandle =
      protocol === 'tcp' ? new TcpServer(info, context) : new UdpServer(info, context);
    this.#registry.servers.add(server);
    this.#recorder.stateChanged('server', info.id);
    try {
      await server.start();
    } catch (cause) {
      const error = toPuertoError(cause, { proto: protocol, port, address: bind.address });
      info.status = 'failed';
      info.error = error;
      this.#recorder.stateChanged('server', info.id);
      this.#recorder.recordError(
        { proto: protocol, serverId: info.id, local: { ...info.local } },
        error,
      );
      this.#registry.servers.retire(info.id);
      instance.dispose?.();
      throw EngineError.from(error);
    }
    this.#disposeWhenFinished(server, instance);
    return server.snapshot();
  }

  async stopServer(request: Request<'stopServer'>): Promise<Response<'stopServer'>> {
    const server = this.#registry.server(request.serverId);
    await server.stop(request.closeConnections);
    this.#retireServer(server);
    return server.snapshot();
  }

  async openClient(request: Request<'openClient'>): Promise<Response<'openClient'>> {
    this.#assertOpen();
    const client = new ClientHandle({
      id: this.#nextId('client'),
      connectionId: this.#nextId('connection'),
      protocol: request.protocol,
      host: request.host,
      port: request.port,
      ...(request.localPort !== undefined ? { localPort: request.localPort } : {}),
    });
    this.#registry.clients.add(client);
    this.#recorder.stateChanged('client', client.id);
    const context = {
      recorder: this.#recorder,
      closeGraceMs: this.#options.closeGraceMs,
      adopt: (conversation: Conversation) => {
        this.#adopt(conversation);
        conversation.on('close', () => this.#retireClient(client));
      },
    };
    try {
      await (request.protocol === 'tcp' ? openTcpClient : openUdpClient)(client, request, context);
    } catch (cause) {
      throw this.#clientFailed(client, request, cause);
    }
    this.#recorder.stateChanged('client', client.id);
    return client.snapshot();
  }

  async closeClient(request: Request<'closeClient'>): Promise<Response<'closeClient'>> {
    const client = this.#registry.client(request.clientId);
    await client.close();
    this.#retireClient(client);
    return client.snapshot();
  }

  async send(request: Request<'send'>): Promise<Response<'send'>> {
    return this.#registry.connection(request.connectionId).send(request.data);
  }

  async halfClose(request: Request<'halfClose'>): Promise<Response<'halfClose'>> {
    const connection = this.#registry.connection(request.connectionId);
    connection.halfClose();
    return connection.snapshot();
  }

  async closeConnection(request: Request<'closeConnection'>): Promise<Response<'closeConnection'>> {
    const connection = this.#registry.connection(request.connectionId);
    await connection.close();
    return connection.snapshot();
  }

  async resetConnection(request: Request<'resetConnection'>): Promise<Response<'resetConnection'>> {
    const connection = this.#registry.connection(request.connectionId);
    await connection.reset();
    return connection.snapshot();
  }

  async getState(_request: Request<'getState'> = {}): Promise<Response<'getState'>> {
    return this.#registry.snapshot();
  }

  async getCapture(request: Request<'getCapture'>): Promise<Response<'getCapture'>> {
    return { ...this.#ring.page(request.afterSeq, request.limit), capture: this.#captureStats() };
  }

  async clearCapture(_request: Request<'clearCapture'> = {}): Promise<Response<'clearCapture'>> {
    const cleared = this.#ring.clear();
    this.#batcher.captureChanged();
    return { cleared };
  }

  async getSystemInfo(_request: Request<'getSystemInfo'> = {}): Promise<Response<'getSystemInfo'>> {
    return this.#readSystemInfo();
  }

  /** One attempt to reach a server (ours or a partner's); never a client in the state. */
  async probeServer(request: Request<'probeServer'>): Promise<Response<'probeServer'>> {
    this.#assertOpen();
    return this.#prober.probe(request);
  }

  /** Stops every server and client, closes every socket, then sends a last batch. */
  close(): Promise<void> {
    this.#closing ??= (async () => {
      this.#networkWatch.stop();
      this.#prober.close();
      const servers = this.#registry.servers.values();
      const clients = this.#registry.clients.values();
      await Promise.allSettled([
        ...servers.map((server) => server.destroy()),
        ...clients.map((client) => client.destroy()),
        ...this.#registry.connections.values().map((connection) => connection.destroy()),
      ]);
      for (const server of servers) this.#retireServer(server);
      this.#batcher.flush();
      this.#batcher.dispose();
      this.#recorder.removeAllListeners();
    })();
    return this.#closing;
  }

  #captureStats(): CaptureStats {
    return {
      heldEvents: this.#ring.size,
      heldBytes: this.#ring.heldBytes,
      budgetBytes: this.#ring.budgetBytes,
      payloadCapPerEvent: this.#options.payloadCapPerEvent,
      totalEvicted: this.#ring.totalEvicted,
    };
  }

  #assertOpen(): void {
    if (this.#closing !== undefined) {
      throw new EngineError('INTERNAL', 'the engine is closed', { reason: 'the engine is closed' });
    }
  }

  #serverContext(instance: BehaviourInstance, info: ServerInfo): ServerContext {
    return {
      recorder: this.#recorder,
      nextConnectionId: () => this.#nextId('connection'),
      closeGraceMs: this.#options.closeGraceMs,
      udpFlowLimit: this.#options.udpFlowLimit,
      waitingLimit: this.#options.waitingLimit,
      waitingBufferBytes: this.#options.waitingBufferBytes,
      udpReceiveBufferBytes: this.#options.udpReceiveBufferBytes,
      kernelDropsPollMs: this.#options.kernelDropsPollMs,
      adopt: (conversation) => {
        this.#adopt(conversation);
        attachBehaviour(
          instance,
          conversation,
          (cause) => this.#recorder.recordError(conversation.labels(), toPuertoError(cause)),
          (error) => {
            this.#recorder.recordError(conversation.labels(), error);
            countRefused(info, this.#recorder, 'reported');
          },
        );
      },
    };
  }

  #adopt(conversation: Conversation): void {
    this.#registry.connections.add(conversation);
    conversation.on('close', () => this.#registry.connections.retire(conversation.id));
    this.#recorder.stateChanged('connection', conversation.id);
  }

  #disposeWhenFinished(server: ServerHandle, instance: BehaviourInstance): void {
    this.#disposers.set(server.id, () => instance.dispose?.());
  }

  #retireServer(server: ServerHandle): void {
    if (!server.finished) return;
    this.#disposers.get(server.id)?.();
    this.#disposers.delete(server.id);
    this.#registry.servers.retire(server.id);
  }

  #retireClient(client: ClientHandle): void {
    if (client.finished) this.#registry.clients.retire(client.id);
  }

  #clientFailed(client: ClientHandle, request: Request<'openClient'>, cause: unknown): EngineError {
    if (client.signal.aborted || (cause as { name?: unknown }).name === 'AbortError') {
      client.cancelled();
      this.#retireClient(client);
      this.#recorder.stateChanged('client', client.id);
      return new EngineError('CONNECTION_CLOSED', `${client.id} was closed before it opened`, {
        id: client.id,
      });
    }
    const error = toPuertoError(cause, {
      proto: request.protocol,
      port: request.port,
      host: request.host,
      timeoutMs: request.timeoutMs,
    });
    client.failed(error);
    this.#recorder.recordError(client.labels(), error);
    this.#retireClient(client);
    this.#recorder.stateChanged('client', client.id);
    return EngineError.from(error);
  }
}
