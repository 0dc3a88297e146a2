/**
 * How a client opens: TCP resolves, connects (SYN → SYN/ACK) and only then is open; UDP only
 * binds a local port and names a default peer, since no packet is exchanged before the first
 * datagram. Both end with the client's conversation handed to the engine.
 */
import type { Request } from '../../shared/contract/commands';
import type { ClientHandle } from './client';
import type { Conversation } from './conversation';
import type { EventRecorder } from './eventRecorder';
import { IPV4_ANY, IPV6_ANY } from './bindAddress';
import { familyOf } from './endpoint';
import { connectTcp, resolveHost } from './tcpClient';
import { TcpConnection } from './tcpConnection';
import { bindUdpSocket, connectUdpSocket, UdpEndpoint } from './udpEndpoint';

export interface OpenerContext {
  recorder: EventRecorder;
  closeGraceMs: number;
  /** Registers the conversation with the engine once it exists. */
  adopt: (conversation: Conversation) => void;
}

type OpenRequest = Request<'openClient'>;

export async function openTcpClient(
  client: ClientHandle,
  request: OpenRequest,
  context: OpenerContext,
): Promise<void> {
  const { recorder } = context;
  const socket = await connectTcp({
    host: request.host,
    port: request.port,
    timeoutMs: request.timeoutMs,
    signal: client.signal,
    ...(request.localPort !== undefined ? { localPort: request.localPort } : {}),
    onAttempt: (address) => {
      client.setRemoteAddress(address);
      recorder.record({ ...client.labels(), kind: 'connecting' });
      recorder.stateChanged('client', client.id);
    },
  });
  if (client.signal.aborted) {
    socket.destroy();
    throw Object.assign(new Error('closed while connecting'), { name: 'AbortError' });
  }
  const connection = new TcpConnection(socket, {
    id: client.connectionId,
    role: 'client',
    clientId: client.id,
    recorder,
    counters: client.counters,
    closeGraceMs: context.closeGraceMs,
  });
  client.opened(connection);
  recorder.record({ ...connection.labels(), kind: 'connected' });
  context.adopt(connection);
}

export async function openUdpClient(
  client: ClientHandle,
  request: OpenRequest,
  context: OpenerContext,
): Promise<void> {
  const { recorder } = context;
  const [target] = await resolveHost(request.host, request.timeoutMs);
  if (target === undefined) {
    throw Object.assign(new Error(`no address for ${request.host}`), {
      code: 'ENOTFOUND',
      hostname: request.host,
    });
  }
  client.setRemoteAddress(target.address);
  const family = familyOf(target.address);
  const socket = await bindUdpSocket({
    family,
    address: family === 'IPv6' ? IPV6_ANY : IPV4_ANY,
    port: request.localPort ?? 0,
  });
  try {
    await connectUdpSocket(socket, request.port, target.address);
  } catch (error) {
    socket.close();
    throw error;
  }
  if (client.signal.aborted) {
    socket.close();
    throw Object.assign(new Error('closed while opening'), { name: 'AbortError' });
  }
  const endpoint = new UdpEndpoint({
    socket,
    connected: true,
    flowLimit: 1,
    nextFlowId: () => client.connectionId,
    template: { role: 'client', clientId: client.id, recorder, counters: client.counters },
    onFlow: () => {},
    // ICMP "port unreachable" after a datagram: the system says no server waits there.
    onError: (cause, flow) => {
      const error = flow?.reportError(cause);
      if (error?.code !== 'PORT_UNREACHABLE') return;
      client.unreachable(error);
      recorder.stateChanged('client', client.id);
    },
  });
  const created = endpoint.flowFor(target.address, request.port, client.connectionId);
  created.on('data', () => {
    if (client.answered()) recorder.stateChanged('client', client.id);
  });
  client.opened(created);
  // UDP sends nothing to open, so this event is the only sign in the capture that it exists.
  recorder.record({ ...created.labels(), kind: 'ready' });
  context.adopt(created);
}
