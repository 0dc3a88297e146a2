/**
 * One list of servers from two sources: what the engine runs now (with stopped and failed ones
 * it still remembers) and the plans the workspace saved. A plan is shown on the server it
 * describes, or on its own, with a start button, when nothing runs it (after a restart).
 */
import { planMatchesServer } from '../../../../shared/contract';
import type { ServerInfo, ServerPlan } from '../../../../shared/contract';

export interface ServerRow {
  key: string;
  server?: ServerInfo;
  plan?: ServerPlan;
}

export function isLive(server: ServerInfo): boolean {
  return server.status === 'listening' || server.status === 'starting';
}

/** A running server wins; otherwise the most recent stopped or failed one. */
function bestMatch(plan: ServerPlan, servers: readonly ServerInfo[]): ServerInfo | undefined {
  const matches = servers.filter((server) => planMatchesServer(plan, server));
  return (
    matches.find(isLive) ??
    [...matches].sort((left, right) => right.startedAt - left.startedAt).at(0)
  );
}

export function buildServerRows(
  servers: readonly ServerInfo[],
  plans: readonly ServerPlan[],
): ServerRow[] {
  const planByServer = new Map<string, ServerPlan>();
  const notRunning: ServerPlan[] = [];
  for (const plan of plans) {
    const unclaimed = servers.filter((server) => !planByServer.has(server.id));
    const server = bestMatch(plan, unclaimed);
    if (server === undefined) notRunning.push(plan);
    else planByServer.set(server.id, plan);
  }
  return [
    ...servers.map((server) => ({ key: server.id, server, plan: planByServer.get(server.id) })),
    ...notRunning.map((plan) => ({ key: `plan:${plan.key}`, plan })),
  ];
}
