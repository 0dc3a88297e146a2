import { planMatchesServer } from '../../../../shared/contract';
import type { RequestInput, ServerInfo, ServerPlan } from '../../../../shared/contract';
import { useEngineStore } from '../../stores/engine';
import { useWorkspaceStore } from '../../stores/workspace';
import { concurrencyRequest } from './concurrencyChoice';

/** Plan keys outlive engine ids, so they are random rather than counted. */
function newPlanKey(): string {
  const random = globalThis.crypto?.randomUUID?.();
  return random ?? `plan-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

/**
 * Starting servers and keeping the workspace's plans in step: every server that starts is
 * remembered (once), so it is listed again, and can start by itself, next time.
 */
export function useServerLauncher() {
  const engine = useEngineStore();
  const workspace = useWorkspaceStore();

  function remember(server: ServerInfo): void {
    if (workspace.servers.some((plan) => planMatchesServer(plan, server))) return;
    const plan: ServerPlan = {
      key: newPlanKey(),
      protocol: server.protocol,
      port: server.requestedPort,
      bind: server.bind,
      behaviour: server.behaviour,
      concurrency: server.concurrency,
      autostart: false,
    };
    workspace.servers = [...workspace.servers, plan];
  }

  async function start(request: RequestInput<'startServer'>): Promise<ServerInfo | undefined> {
    const server = await engine.startServer(request);
    if (server !== undefined) remember(server);
    return server;
  }

  const startPlan = (plan: ServerPlan) =>
    start({
      protocol: plan.protocol,
      port: plan.port,
      bind: plan.bind,
      behaviour: plan.behaviour,
      ...concurrencyRequest(plan.protocol, plan.concurrency),
    });

  const startAgain = (server: ServerInfo) =>
    start({
      protocol: server.protocol,
      port: server.requestedPort,
      bind: server.bind,
      behaviour: server.behaviour,
      ...concurrencyRequest(server.protocol, server.concurrency),
    });

  function setAutostart(key: string, autostart: boolean): void {
    workspace.servers = workspace.servers.map((plan) =>
      plan.key === key ? { ...plan, autostart } : plan,
    );
  }

  function forget(key: string): void {
    workspace.servers = workspace.servers.filter((plan) => plan.key !== key);
  }

  return { start, startPlan, startAgain, setAutostart, forget };
}
