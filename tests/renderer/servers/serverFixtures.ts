import { requestSchemas } from '../../../shared/contract';
import type { RequestInput, ServerInfo, ServerPlan } from '../../../shared/contract';

const zero = { bytesIn: 0, bytesOut: 0, messagesIn: 0, messagesOut: 0 };

export function serverInfo(overrides: Partial<ServerInfo> = {}): ServerInfo {
  const port = overrides.port ?? 7007;
  return {
    id: 'server-1',
    protocol: 'tcp',
    requestedPort: port,
    port,
    bind: { mode: 'all' },
    local: { address: '::', port },
    behaviour: { name: 'echo' },
    status: 'listening',
    startedAt: 1_700_000_000_000,
    counters: zero,
    activeConnections: 0,
    totalConnections: 0,
    concurrency: 'concurrent',
    waiting: [],
    ...overrides,
  };
}

/** What the engine reports back for a server started from `request` (its defaults filled in). */
export function startedServer(id: string, request: RequestInput<'startServer'>): ServerInfo {
  const parsed = requestSchemas.startServer.parse(request);
  return serverInfo({
    id,
    protocol: parsed.protocol,
    requestedPort: parsed.port,
    port: parsed.port,
    bind: parsed.bind,
    behaviour: parsed.behaviour,
    concurrency: parsed.concurrency,
  });
}

export function serverPlan(overrides: Partial<ServerPlan> = {}): ServerPlan {
  return {
    key: 'plan-1',
    protocol: 'tcp',
    port: 7007,
    bind: { mode: 'all' },
    behaviour: { name: 'echo' },
    concurrency: 'concurrent',
    autostart: false,
    ...overrides,
  };
}
