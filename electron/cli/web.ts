/**
 * `puerto web`: the engine behind browser mode, on 127.0.0.1, until the user stops it. It says
 * where in one line and opens the default browser there when someone can see it (issue 11).
 */
import { z } from 'zod';
import { portSchema } from '../../shared/contract/commands';
import { translate } from '../../shared/i18n';
import { issueToError } from '../boundary';
import {
  announcedServersOf,
  classroomHandlers,
  createClassroom,
  discoverySettingsFrom,
  workspaceNickname,
} from '../classroom';
import { toPuertoError } from '../engine';
import { createLabEngine, serviceHandlers } from '../services';
import type { ServiceContext } from '../services';
import { startWebServer } from '../web';
import type { WebServer } from '../web';
import { openHostWorkspace, resolveDataDirectory } from '../workspace';
import type { WebArguments } from './arguments';
import { listenOnBrowserAddress } from './browserAddressChoice';
import { openInBrowser, shouldOpenBrowser } from './browserLauncher';
import type { BrowserLauncher } from './browserLauncher';
import { RENDERER_DIR, RENDERER_ENTRY, ensureBuilt } from './build';
import type { CliContext } from './cliContext';
import { EXIT_FAILURE, EXIT_OK, EXIT_USAGE } from './cliContext';
import { printError } from './explain';
import { portValue } from './serverPlan';
import { reportWorkspace } from './workspaceReport';

const webPortSchema = z.object({ port: portSchema });

/**
 * One line where there used to be three: in a terminal the address sits inside a sentence; for
 * a script reading standard output the bare address stays alone on it, the sentence on stderr.
 */
function announceAddress(
  url: string,
  args: WebArguments,
  context: CliContext,
  launch: BrowserLauncher,
): void {
  const sentence = translate(context.locale, 'cli.status.webOpen', { url });
  const outputIsTerminal = context.outputIsTerminal === true;
  if (outputIsTerminal) {
    context.out(sentence);
  } else {
    context.err(sentence);
    context.out(url);
  }
  const conditions = { choice: args.open, env: context.env, platform: process.platform };
  if (!shouldOpenBrowser({ ...conditions, outputIsTerminal })) return;
  launch(url, {
    onFailure: (error) =>
      context.err(translate(context.locale, 'cli.status.browserFailed', { reason: error.message })),
  });
}

export async function runWeb(
  args: WebArguments,
  context: CliContext,
  launch: BrowserLauncher = openInBrowser,
): Promise<number> {
  const checked = webPortSchema.safeParse({ port: portValue(args.port ?? '0') });
  if (!checked.success) {
    const [issue] = checked.error.issues;
    if (issue) printError(context, issueToError(issue), `--port ${args.port ?? ''}`);
    return EXIT_USAGE;
  }
  const { port } = checked.data;
  const discovery = discoverySettingsFrom(context.env);
  if (!discovery.ok) {
    printError(context, discovery.error);
    return EXIT_USAGE;
  }
  if (!(await ensureBuilt(RENDERER_ENTRY, context))) return EXIT_FAILURE;

  const services: ServiceContext = {};
  const engine = createLabEngine(args.capture, services);
  // The servers marked "start when Puerto starts" are up before the page can be opened.
  const directory = resolveDataDirectory({ env: context.env });
  const workspace = await openHostWorkspace(engine, { directory });
  reportWorkspace(context, workspace);
  // Off until the student turns it on in the page; the page's servers are what it announces.
  const classroom = createClassroom({
    ...discovery.settings,
    listServers: announcedServersOf(engine),
  });
  let server: WebServer;
  try {
    server = await listenOnBrowserAddress(directory, args.port === undefined ? undefined : port, {
      context,
      start: (listenPort, token) =>
        startWebServer({
          engine,
          workspace: workspace.handlers,
          services: serviceHandlers(services),
          classroom: classroomHandlers(classroom, {
            defaultNickname: workspaceNickname(workspace.handlers),
          }),
          port: listenPort,
          token,
          rendererDir: RENDERER_DIR,
        }),
    });
  } catch (cause) {
    printError(context, toPuertoError(cause, { proto: 'tcp', port, address: '127.0.0.1' }));
    await classroom.close();
    await engine.close();
    return EXIT_FAILURE;
  }
  announceAddress(server.url, args, context, launch);
  await context.stopRequested;
  context.err(translate(context.locale, 'cli.status.stopping'));
  await server.close();
  await classroom.close();
  // The last change a student made is written before the process ends.
  await workspace.file.settled();
  await engine.close();
  return EXIT_OK;
}
