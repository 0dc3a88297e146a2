/**
 * `puerto peers`: listens for classmates' beacons for a few seconds, without announcing
 * anything, and prints who was heard. It ends by itself with 0 even when nobody was heard:
 * an empty classroom is an answer, not a failure.
 */
import { translate } from '../../shared/i18n';
import { createClassroom, discoverySettingsFrom } from '../classroom';
import type { PeersArguments } from './arguments';
import type { CliContext } from './cliContext';
import { EXIT_FAILURE, EXIT_OK, EXIT_USAGE } from './cliContext';
import { printError } from './explain';
import { formatPeer } from './peerFormat';

/** Resolves after `ms`, or earlier when the user presses Ctrl+C. */
function listenFor(ms: number, context: CliContext): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    void context.stopRequested.then(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}

export async function runPeers(args: PeersArguments, context: CliContext): Promise<number> {
  const t = (key: string, params: Record<string, string | number> = {}) =>
    translate(context.locale, key, params);
  const settings = discoverySettingsFrom(context.env);
  if (!settings.ok) {
    printError(context, settings.error);
    return EXIT_USAGE;
  }
  const classroom = createClassroom({ ...settings.settings, listenOnly: true });
  const started = await classroom.enable();
  if (!started.enabled) {
    if (started.error !== undefined) printError(context, started.error);
    await classroom.close();
    return EXIT_FAILURE;
  }
  context.err(t('cli.peers.listening', { seconds: args.seconds, port: started.port }));
  await listenFor(args.seconds * 1000, context);
  const state = classroom.state();
  await classroom.close();

  if (args.json) context.out(JSON.stringify(state.peers));
  if (state.peers.length === 0) {
    context.err(t('cli.peers.none', { seconds: args.seconds }));
    context.err(t('cli.peers.noneHint', { port: state.port }));
  } else if (!args.json) {
    context.out(t('cli.peers.heard', { count: state.peers.length }));
    for (const peer of state.peers) context.out(`  ${formatPeer(peer, context.locale)}`);
  }
  const { malformed, oversized } = state.ignored;
  context.err(t('cli.peers.ignored', { malformed, oversized }));
  return EXIT_OK;
}
