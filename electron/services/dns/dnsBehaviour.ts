/**
 * The `dns` service: an authoritative-only server for one lab zone, over UDP (one query per
 * datagram) and TCP (length-prefixed queries, several per connection, RFC 7766). Each server
 * builds its zone once from its options; every query and answer is explained in the capture.
 */
import type { BehaviourConfig } from '../../../shared/contract/model';
import { LAB_ZONE_RECORDS } from '../../../shared/catalogue/labZone';
import type { Behaviour, BehaviourInstance, BehaviourSession } from '../../engine';
import { EngineError } from '../../engine';
import type { DnsNoteLimits } from './dnsAnnotations';
import { DEFAULT_DNS_NOTE_LIMITS, DnsAnnotations } from './dnsAnnotations';
import { LengthPrefixFramer, withLengthPrefix } from './lengthPrefixFramer';
import { dnsRefusalError } from './refusalReport';
import { respond } from './responder';
import type { Verdict } from './responder';
import type { Zone } from './zone';
import { buildZone, ZoneError } from './zone';

export type DnsConfig = Extract<BehaviourConfig, { name: 'dns' }>;

export interface DnsLimits extends DnsNoteLimits {
  /**
   * The largest UDP answer, also offered in our EDNS record. 1232 bytes fits in one packet on
   * almost every path (the 2020 DNS flag day's advice); larger answers go over TCP.
   */
  maxUdpPayload: number;
  /** A TCP connection silent this long is closed, so idle clients cannot hold sockets (RFC 7766 §6.2.3). */
  tcpIdleMs: number;
}

/**
 * Besides its own two, the walk's bounds (issue 12): 128 compression pointers per message,
 * 32 records read per message (a query with more gets no answer, a note shows the first 32),
 * and 16 KiB of each message explained.
 */
export const DEFAULT_DNS_LIMITS: Readonly<DnsLimits> = {
  ...DEFAULT_DNS_NOTE_LIMITS,
  maxUdpPayload: 1232,
  tcpIdleMs: 30_000,
};

/** What the server did with the messages it received, for tests and diagnostics. */
export type DnsStats = Record<Verdict, number>;

/** A running DNS server's behaviour, with its counters readable (tests, diagnostics). */
export type DnsInstance = BehaviourInstance & { readonly stats: Readonly<DnsStats> };

export interface DnsBehaviour extends Behaviour<DnsConfig> {
  create(config: DnsConfig): DnsInstance;
}

/** The zone a server serves; a zone the boundary would refuse is refused the same way here. */
function zoneFor(config: DnsConfig): Zone {
  try {
    return buildZone(config.origin, config.records ?? LAB_ZONE_RECORDS);
  } catch (cause) {
    if (!(cause instanceof ZoneError)) throw cause;
    throw new EngineError('INVALID_INPUT', cause.message, {
      field: `behaviour.${cause.field}`,
      reason: cause.reason,
    });
  }
}

export function createDnsBehaviour(limits: Partial<DnsLimits> = {}): DnsBehaviour {
  const resolved = { ...DEFAULT_DNS_LIMITS, ...limits };
  const { maxUdpPayload, tcpIdleMs } = resolved;
  const walk = { maxPointerHops: resolved.maxPointerHops, maxRecords: resolved.maxRecords };
  return {
    name: 'dns',
    protocols: ['udp', 'tcp'],
    create(config) {
      const zone = zoneFor(config);
      const stats: DnsStats = { answered: 0, tooShort: 0, notAQuery: 0, refused: 0 };
      const framers = new Map<string, LengthPrefixFramer>();
      const annotations = new DnsAnnotations(resolved);
      const idleTimers = new Map<string, NodeJS.Timeout>();

      const answer = (session: BehaviourSession, query: Uint8Array): void => {
        const response = respond(zone, query, {
          transport: session.protocol,
          maxUdpPayload,
          walk,
        });
        stats[response.verdict] += 1;
        if (response.refusal !== undefined) {
          session.report?.(dnsRefusalError(session, response.refusal, walk));
        }
        if (response.reply === undefined) return;
        if (session.protocol === 'udp') {
          session.send(response.reply);
          return;
        }
        // A client that sends queries without reading the answers is slowed down, not buffered.
        if (!session.send(withLengthPrefix(response.reply))) session.pause();
      };
      const keepAlive = (session: BehaviourSession): void => {
        clearTimeout(idleTimers.get(session.id));
        const timer = setTimeout(() => session.close(), tcpIdleMs);
        timer.unref();
        idleTimers.set(session.id, timer);
      };
      const forget = (id: string): void => {
        clearTimeout(idleTimers.get(id));
        idleTimers.delete(id);
        framers.delete(id);
        annotations.forget(id);
      };

      return {
        stats,
        onOpen(session) {
          if (session.protocol !== 'tcp') return;
          framers.set(session.id, new LengthPrefixFramer());
          keepAlive(session);
        },
        onData(session, data) {
          if (session.protocol === 'udp') {
            answer(session, data);
            return;
          }
          keepAlive(session);
          for (const query of framers.get(session.id)?.push(data) ?? []) answer(session, query);
        },
        onDrain(session) {
          session.resume();
        },
        onRemoteEnd(session) {
          // Every complete query has been answered already: nothing more will come.
          session.end();
        },
        onClose(session) {
          forget(session.id);
        },
        describe(session, direction, data) {
          return annotations.describe(session, direction, data);
        },
        dispose() {
          for (const id of [...idleTimers.keys()]) forget(id);
          framers.clear();
          annotations.clear();
        },
      };
    },
  };
}
