/**
 * The `snmp` service: a v1/v2c agent over UDP with the MIB-2 system group and the machine's
 * interfaces. Datagrams arrive through the engine (so the capture has them), are screened,
 * and go to a net-snmp agent; its answers leave through the same conversation. Everything the
 * agent drops is counted and explained in the capture rather than answered.
 */
import { arch, hostname, networkInterfaces, release, type } from 'node:os';
import type { DecodedField, EventAnnotation } from '../../../shared/contract/events';
import type { BehaviourConfig, Endpoint } from '../../../shared/contract/model';
import type { Behaviour, BehaviourInstance, BehaviourSession } from '../../engine';
import { MAX_UDP_PAYLOAD } from '../../engine';
import { createLabAgent } from './labAgent';
import type { SystemValues } from './labMib';
import { registerLabMib } from './labMib';
import type { InterfaceRow } from './machineInterfaces';
import { interfaceRows } from './machineInterfaces';
import type { RequestShape, SnmpVerdict } from './screening';
import {
  DEFAULT_MAX_VARBINDS,
  capRepetitions,
  requestShape,
  screenRequest,
  shapeResponse,
  UNKNOWN_REQUEST,
} from './screening';
import { snmpMessageFields, snmpRole } from './snmpFields';
import { readSnmpMessage } from './snmpMessage';
import { DEFAULT_BER_LIMITS, OWN_MESSAGE_LIMITS } from './ber';
import { isRefusal, snmpRefusalError } from './refusalReport';

export type SnmpConfig = Extract<BehaviourConfig, { name: 'snmp' }>;

export interface SnmpLimits {
  /** GetBulk's max-repetitions is lowered to this, so a request cannot ask for without end. */
  maxRepetitions: number;
  /** The largest answer; beyond it GetBulk answers fewer bindings and the rest get tooBig. */
  maxResponseBytes: number;
  /** A request with more bindings is dropped unanswered, counted and noted (issue 12). */
  maxVarbinds: number;
}

/** BER reading has its own bounds too: 12 levels of nesting, 4,096 values per message (ber.ts). */
export const DEFAULT_SNMP_LIMITS: Readonly<SnmpLimits> = {
  maxRepetitions: 50,
  maxResponseBytes: MAX_UDP_PAYLOAD,
  maxVarbinds: DEFAULT_MAX_VARBINDS,
};

/** Where the agent learns about the machine; tests give fixed answers. */
export interface SnmpEnvironment {
  interfaces(): InterfaceRow[];
  hostname(): string;
  systemDescription(): string;
}

export const MACHINE_ENVIRONMENT: SnmpEnvironment = {
  interfaces: () => interfaceRows(networkInterfaces()),
  hostname: () => hostname(),
  systemDescription: () => `Puerto lab agent (SNMP v1, v2c) on ${type()} ${release()} ${arch()}`,
};

export const DEFAULT_SYS_CONTACT = 'admin@lab.example';
export const DEFAULT_SYS_LOCATION = 'Puerto lab';

export type SnmpStats = Record<SnmpVerdict, number> & { answered: number; refused: number };

export type SnmpInstance = BehaviourInstance & { readonly stats: Readonly<SnmpStats> };

export interface SnmpBehaviour extends Behaviour<SnmpConfig> {
  create(config: SnmpConfig): SnmpInstance;
}

const KEY = 'services.snmp';

function routeKey(endpoint: Endpoint): string {
  return `${endpoint.address}|${endpoint.port}`;
}

function systemValues(config: SnmpConfig, environment: SnmpEnvironment): SystemValues {
  return {
    sysDescr: environment.systemDescription(),
    sysContact: config.sysContact ?? DEFAULT_SYS_CONTACT,
    sysName: config.sysName ?? environment.hostname(),
    sysLocation: config.sysLocation ?? DEFAULT_SYS_LOCATION,
  };
}

function describeIncoming(
  data: Uint8Array,
  community: string,
  maxVarbinds: number,
): EventAnnotation {
  const { verdict, message } = screenRequest(data, community, maxVarbinds);
  const fields: DecodedField[] = message ? snmpMessageFields(message) : [];
  if (verdict !== 'accepted') fields.push({ label: `${KEY}.verdict.${verdict}` });
  return { protocol: 'snmp', role: (message && snmpRole(message)) ?? 'request', fields };
}

function describeOutgoing(data: Uint8Array): EventAnnotation {
  try {
    const message = readSnmpMessage(data, OWN_MESSAGE_LIMITS);
    return { protocol: 'snmp', role: 'response', fields: snmpMessageFields(message) };
  } catch {
    return { protocol: 'snmp', role: 'response' };
  }
}

export function createSnmpBehaviour(
  limits: Partial<SnmpLimits> = {},
  environment: SnmpEnvironment = MACHINE_ENVIRONMENT,
): SnmpBehaviour {
  const { maxRepetitions, maxResponseBytes, maxVarbinds } = { ...DEFAULT_SNMP_LIMITS, ...limits };
  const refusalLimits = { ...DEFAULT_BER_LIMITS, maxVarbinds };
  return {
    name: 'snmp',
    protocols: ['udp'],
    create(config) {
      const counts: Omit<SnmpStats, 'refused'> = {
        accepted: 0,
        malformed: 0,
        unsupportedVersion: 0,
        wrongCommunity: 0,
        unexpectedPdu: 0,
        tooDeep: 0,
        tooManyValues: 0,
        tooManyVarbinds: 0,
        answered: 0,
      };
      const sessions = new Map<string, BehaviourSession>();
      const lastRequest = new Map<string, RequestShape>();
      const agent = createLabAgent(config.community, (bytes, address, port) => {
        const key = routeKey({ address, port });
        const session = sessions.get(key);
        if (session === undefined) return;
        const request = lastRequest.get(key) ?? UNKNOWN_REQUEST;
        // Only this answer needs the request's shape: its copied bindings are let go now.
        lastRequest.delete(key);
        counts.answered += 1;
        session.send(shapeResponse(bytes, request, maxResponseBytes));
      });
      const values = systemValues(config, environment);
      registerLabMib(agent.mib, values, environment.interfaces(), performance.now());

      return {
        get stats() {
          return { ...counts, refused: agent.refused };
        },
        onData(session, data) {
          const key = routeKey(session.remote);
          sessions.set(key, session);
          const { verdict, message } = screenRequest(data, config.community, maxVarbinds);
          counts[verdict] += 1;
          if (isRefusal(verdict)) {
            session.report?.(snmpRefusalError(session, verdict, refusalLimits));
          }
          if (verdict !== 'accepted' || message?.pdu === undefined) return;
          lastRequest.set(key, requestShape(message));
          const request = capRepetitions(data, message, maxRepetitions);
          agent.receive(request, session.remote.address, session.remote.port);
        },
        onClose(session) {
          const key = routeKey(session.remote);
          if (sessions.get(key) === session) sessions.delete(key);
          lastRequest.delete(key);
        },
        describe(_session, direction, data) {
          return direction === 'in'
            ? describeIncoming(data, config.community, maxVarbinds)
            : describeOutgoing(data);
        },
        dispose() {
          agent.close();
          sessions.clear();
          lastRequest.clear();
        },
      };
    },
  };
}
