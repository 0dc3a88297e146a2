/**
 * A net-snmp agent that never opens a socket of its own. The engine's UDP server receives each
 * datagram (so the capture sees it) and hands it to the agent; the agent "sends" its answer
 * through a stand-in socket, which passes the bytes back to the conversation they belong to.
 * net-snmp documents `dgramModule` for exactly this kind of replacement of node:dgram.
 *
 * The community is read-only through net-snmp's Simple access control model, so every set is
 * refused the way RFC 3416 §4.2.5 and RFC 3584 §4.4 say: noAccess (v2c) or noSuchName (v1) for
 * objects the community cannot write, notWritable (v2c) for objects nobody can write.
 */
import { EventEmitter } from 'node:events';
import snmp from 'net-snmp';
import type { MibLike } from './labMib';

export type ReplyRoute = (bytes: Uint8Array, address: string, port: number) => void;

/** The few calls net-snmp's listener makes on a node:dgram socket. */
class BridgeSocket extends EventEmitter {
  constructor(private readonly route: ReplyRoute) {
    super();
  }

  bind(): void {}

  send(
    buffer: Buffer,
    offset: number,
    length: number,
    port: number,
    address: string,
    callback?: (error: Error | null, bytes?: number) => void,
  ): void {
    this.route(new Uint8Array(buffer.subarray(offset, offset + length)), address, port);
    callback?.(null, length);
  }

  close(callback?: () => void): void {
    callback?.();
  }

  address(): { address: string; family: string; port: number } {
    return { address: '0.0.0.0', family: 'IPv4', port: 0 };
  }
}

interface AgentLike {
  getMib(): MibLike;
  getAuthorizer(): {
    addCommunity(community: string): void;
    getAccessControlModel(): { setCommunityAccess(community: string, level: number): void };
  };
  close(): void;
}

export interface LabAgent {
  readonly mib: MibLike;
  /** Hands one datagram from `address`:`port` to the agent; its answer goes to the route. */
  receive(datagram: Uint8Array, address: string, port: number): void;
  /** Requests the agent refused or could not process (it answered none of them). */
  readonly refused: number;
  close(): void;
}

export function createLabAgent(community: string, route: ReplyRoute): LabAgent {
  const socket = new BridgeSocket(route);
  let refused = 0;
  const agent = snmp.createAgent(
    {
      dgramModule: { createSocket: () => socket },
      accessControlModelType: snmp.AccessControlModelType.Simple,
      disableAuthorization: false,
    },
    (error: unknown) => {
      if (error) refused += 1;
    },
  ) as AgentLike;
  const authorizer = agent.getAuthorizer();
  authorizer.addCommunity(community);
  authorizer.getAccessControlModel().setCommunityAccess(community, snmp.AccessLevel.ReadOnly);
  return {
    mib: agent.getMib(),
    receive(datagram, address, port) {
      const family = address.includes(':') ? 'IPv6' : 'IPv4';
      const rinfo = { address, port, family, size: datagram.byteLength };
      try {
        socket.emit('message', Buffer.from(datagram), rinfo);
      } catch {
        // net-snmp throws on what RFC 2578 allows but it cannot hold (a sub-identifier of
        // 2^31 or more, found by tests/properties/snmp.test.ts): unanswered, and counted.
        refused += 1;
      }
    },
    get refused() {
      return refused;
    },
    close() {
      agent.close();
      socket.removeAllListeners();
    },
  };
}
