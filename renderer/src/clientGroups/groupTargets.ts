/** Where a group's members come from, and whether one may join. */
import type { RecentTarget, ServerInfo } from '../../../shared/contract';
import { hostSchema, remotePortSchema } from '../../../shared/contract';
import { MAX_GROUP_MEMBERS } from './groupTypes';
import type { GroupTarget } from './groupTypes';

/** A `validation.*` key (the boundary's schema messages) or a `clientGroups.problems.*` key. */
export type TargetProblem =
  `validation.${string}` | 'clientGroups.problems.full' | 'clientGroups.problems.duplicate';

/** TCP and UDP ports are independent: the same number over each is two different servers. */
export function sameTarget(left: GroupTarget, right: GroupTarget): boolean {
  return (
    left.protocol === right.protocol &&
    left.host.trim().toLowerCase() === right.host.trim().toLowerCase() &&
    left.port === right.port
  );
}

/** The same checks `openClient` makes at the boundary, told before anything is opened. */
export function targetProblem(
  target: GroupTarget,
  members: readonly GroupTarget[],
): TargetProblem | undefined {
  const host = hostSchema.safeParse(target.host);
  if (!host.success) return host.error.issues[0]?.message as TargetProblem;
  const port = remotePortSchema.safeParse(target.port);
  if (!port.success) return port.error.issues[0]?.message as TargetProblem;
  if (members.some((member) => sameTarget(member, target)))
    return 'clientGroups.problems.duplicate';
  if (members.length >= MAX_GROUP_MEMBERS) return 'clientGroups.problems.full';
  return undefined;
}

/**
 * A server running on this machine, as a client reaches it: through loopback (the lab
 * without a partner), or through the one address it was bound to.
 */
export function localServerTarget(server: ServerInfo): GroupTarget {
  const { bind } = server;
  let host = '127.0.0.1';
  if (bind.mode === 'address' && bind.address !== undefined) host = bind.address;
  else if (bind.mode === 'loopback' && bind.family === 'IPv6') host = '::1';
  return { protocol: server.protocol, host, port: server.port };
}

export function recentToTarget(target: RecentTarget): GroupTarget {
  return { protocol: target.protocol, host: target.host, port: target.port };
}

/** Suggestions worth a chip: not yet in the group, each only once. */
export function newTargets(
  candidates: readonly GroupTarget[],
  members: readonly GroupTarget[],
): GroupTarget[] {
  const kept: GroupTarget[] = [];
  for (const candidate of candidates) {
    const known = [...members, ...kept].some((other) => sameTarget(other, candidate));
    if (!known) kept.push(candidate);
  }
  return kept;
}
