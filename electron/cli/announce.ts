/**
 * `serve --announce`: classroom discovery beside the servers, so classmates running Puerto
 * (or `puerto peers`) see them. A classmate arriving or leaving is told on standard error,
 * leaving standard output to the events (and `--json` lines parseable).
 */
import { translate } from '../../shared/i18n';
import {
  announcedServersOf,
  broadcastTargets,
  createClassroom,
  discoverySettingsFrom,
} from '../classroom';
import type { ClassroomChange } from '../classroom';
import type { PuertoEngine } from '../engine';
import type { CliContext } from './cliContext';
import { printError } from './explain';
import { formatPeer, formatTargets } from './peerFormat';

function reportChange(change: ClassroomChange, context: CliContext): void {
  const t = (key: string, params: Record<string, string>) => translate(context.locale, key, params);
  if (change.kind === 'appeared') {
    context.err(t('cli.classroom.appeared', { peer: formatPeer(change.peer, context.locale) }));
  } else if (change.kind === 'changed') {
    context.err(t('cli.classroom.changed', { peer: formatPeer(change.peer, context.locale) }));
  } else if (change.kind === 'left') {
    const { nickname, hostname } = change.peer;
    context.err(t('cli.classroom.left', { nickname, hostname }));
  } else if (change.kind === 'error' && change.state.error !== undefined) {
    printError(context, change.state.error);
  }
}

/**
 * Starts announcing the engine's servers. Resolves with the function that stops it, or
 * undefined when the environment's discovery settings are wrong (a usage error). When the
 * discovery port cannot be opened the servers keep running: the student is told why.
 */
export async function announceServers(
  engine: PuertoEngine,
  nickname: string | undefined,
  context: CliContext,
): Promise<(() => Promise<void>) | undefined> {
  const settings = discoverySettingsFrom(context.env);
  if (!settings.ok) {
    printError(context, settings.error);
    return undefined;
  }
  const listServers = announcedServersOf(engine);
  const classroom = createClassroom({ ...settings.settings, listServers });
  classroom.onChange((change) => reportChange(change, context));
  const state = await classroom.enable(nickname);
  const t = (key: string, params: Record<string, string | number> = {}) =>
    translate(context.locale, key, params);
  if (!state.enabled) {
    context.err(t('cli.classroom.notAnnouncing'));
  } else {
    const targets = settings.settings.targets ?? broadcastTargets();
    context.err(
      t('cli.classroom.announcing', {
        nickname: state.nickname,
        port: state.port,
        targets: formatTargets(targets, state.port, context.locale),
      }),
    );
    if ((await listServers()).length === 0) {
      context.err(t('cli.classroom.loopbackOnly'));
    }
  }
  return () => classroom.close();
}
