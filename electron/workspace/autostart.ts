/**
 * "Start when Puerto starts": like the lecture's server that the system invokes at boot and
 * that then waits for clients, each plan marked `autostart` is started by the host before the
 * window or browser page exists. Requests go through the dispatcher, so a plan is checked like
 * any request; a failure (a busy port) is an answer, recorded by the engine as an error event
 * the student sees in the inspector, and never stops the host or the other plans.
 */
import type { Result } from '../../shared/contract/errors';
import type { ServerInfo } from '../../shared/contract/model';
import type { ServerPlan, Workspace } from '../../shared/contract/workspace';

export type Dispatch = (command: unknown, request: unknown) => Promise<Result<unknown>>;

export interface AutostartOutcome {
  plan: ServerPlan;
  result: Result<ServerInfo>;
}

export async function autostartServers(
  workspace: Workspace,
  dispatch: Dispatch,
): Promise<AutostartOutcome[]> {
  const outcomes: AutostartOutcome[] = [];
  // One after another, so the event log reads in the order the student saved them.
  for (const plan of workspace.servers.filter((candidate) => candidate.autostart)) {
    const { protocol, port, bind, behaviour, concurrency } = plan;
    const result = (await dispatch('startServer', {
      protocol,
      port,
      bind,
      behaviour,
      concurrency,
    })) as Result<ServerInfo>;
    outcomes.push({ plan, result });
  }
  return outcomes;
}
