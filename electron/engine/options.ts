/**
 * Every limit the engine enforces, as an option with a safe default (like `maxPayload` in ws):
 * a lab PC left running all afternoon must not grow without bound.
 */
import type { SystemInfo } from '../../shared/contract/model';
import type { BehaviourRegistry } from './behaviours/registry';

export interface EngineOptions {
  /** Events the capture ring holds before the oldest are evicted. */
  captureLimit: number;
  /**
   * Payload bytes kept per data event, like Wireshark's snaplen; `bytes` stays exact beyond it
   * and the event says it was truncated.
   */
  payloadCapPerEvent: number;
  /**
   * Every byte the capture keeps (payloads, notes, the events themselves) fits in this; the
   * oldest events are evicted, and counted, to make room.
   */
  captureBudgetBytes: number;
  /** Batches go out at most this often (about 20 a second), never one message per packet. */
  batchIntervalMs: number;
  /** How long a TCP connect may take when the request does not say. */
  connectTimeoutMs: number;
  /** Closed connections, stopped servers and closed clients kept in the state, per kind. */
  closedRetention: number;
  /** How long an orderly close waits for queued data to leave before it destroys the socket. */
  closeGraceMs: number;
  /** UDP peers one server tracks as flows; the longest-silent flow is forgotten beyond it. */
  udpFlowLimit: number;
  /**
   * Clients an iterative TCP server keeps waiting behind the one it serves, like a listen
   * backlog; the newest beyond it is reset.
   */
  waitingLimit: number;
  /**
   * Bytes held per waiting client before it is paused (its further bytes then wait in the
   * kernel, whose TCP window slows the client down).
   */
  waitingBufferBytes: number;
  /**
   * TCP connections one server serves at once when its start request does not say; one more
   * is reset and reported (CONNECTION_LIMIT). Each costs a descriptor and buffers, and a
   * classmate's loop of connects must not exhaust the process (issue 12).
   */
  maxConnections: number;
  /**
   * Receive buffer each UDP server asks the system for, so a burst waits instead of being
   * dropped while the engine is busy; the system may grant less (Linux: net.core.rmem_max).
   */
  udpReceiveBufferBytes: number;
  /** How often a UDP server receiving datagrams reads the kernel's drop count (Linux); 0 never. */
  kernelDropsPollMs: number;
  /** How often this machine's addresses are read to notice a change of network; 0 never. */
  networkPollMs: number;
  behaviours?: BehaviourRegistry;
  /** Reads this machine's name and addresses (tests inject one to fake a change of network). */
  systemInfo?: () => SystemInfo;
}

export const DEFAULT_ENGINE_OPTIONS: Readonly<Omit<EngineOptions, 'behaviours' | 'systemInfo'>> = {
  captureLimit: 1_000_000,
  payloadCapPerEvent: 16 * 1024,
  captureBudgetBytes: 64 * 1024 * 1024,
  batchIntervalMs: 50,
  connectTimeoutMs: 10_000,
  closedRetention: 200,
  closeGraceMs: 2_000,
  udpFlowLimit: 1_000,
  waitingLimit: 16,
  waitingBufferBytes: 64 * 1024,
  maxConnections: 8_192,
  udpReceiveBufferBytes: 4 * 1024 * 1024,
  kernelDropsPollMs: 1_000,
  networkPollMs: 3_000,
};

export function resolveOptions(options: Partial<EngineOptions> = {}): EngineOptions {
  const resolved: EngineOptions = { ...DEFAULT_ENGINE_OPTIONS };
  for (const [key, value] of Object.entries(options)) {
    if (value !== undefined) Object.assign(resolved, { [key]: value });
  }
  return resolved;
}
