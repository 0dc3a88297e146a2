/**
 * A stopped, failed or saved server card's "Edit": its plan goes back into the New server form,
 * exactly as it was (port as asked, options, bind, concurrency), to be changed and started.
 */
import type { ServerDraft } from '../../stores/serverDraft';
import type { ServerRow } from './serverRows';

export function draftFromRow(row: ServerRow): ServerDraft | undefined {
  const { server, plan } = row;
  const source = server ?? plan;
  if (source === undefined) return undefined;
  return {
    protocol: source.protocol,
    port: server?.requestedPort ?? plan?.port ?? 0,
    behaviour: source.behaviour.name,
    config: source.behaviour,
    bind: source.bind,
    concurrency: source.concurrency,
    replaces: { serverId: server?.id, planKey: plan?.key },
  };
}
