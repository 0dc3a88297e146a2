/**
 * Where `puerto web` listens: `--port` when given, otherwise the port the last start on this
 * data folder used (electron/web/browserAddress.ts), with its token either way, so a tab left
 * open finds the engine again after a restart. When another program took that port meanwhile,
 * any free one is better than no Puerto, and the student is told why the address changed.
 */
import { translate } from '../../shared/i18n';
import type { WebServer } from '../web';
import { loadBrowserAddress, saveBrowserAddress } from '../web';
import type { CliContext } from './cliContext';

export interface BrowserAddressListen {
  context: CliContext;
  start(port: number, token: string): Promise<WebServer>;
}

function isPortUnavailable(cause: unknown): boolean {
  const code = (cause as { code?: unknown } | null)?.code;
  return code === 'EADDRINUSE' || code === 'EACCES';
}

export async function listenOnBrowserAddress(
  directory: string,
  requestedPort: number | undefined,
  { context, start }: BrowserAddressListen,
): Promise<WebServer> {
  const saved = await loadBrowserAddress(directory);
  let server: WebServer;
  if (requestedPort !== undefined) {
    server = await start(requestedPort, saved.token);
  } else {
    try {
      server = await start(saved.port, saved.token);
    } catch (cause) {
      if (!isPortUnavailable(cause)) throw cause;
      server = await start(0, saved.token);
      // The first start's default port being taken is nothing the student needs to hear about.
      if (saved.stored) {
        const params = { previous: saved.port, port: server.port };
        context.err(translate(context.locale, 'cli.status.portTaken', params));
      }
    }
  }
  if (!saved.stored || server.port !== saved.port) {
    // A read-only data folder only costs the next start its old address: Puerto still runs.
    await saveBrowserAddress(directory, { port: server.port, token: server.token }).catch(
      () => undefined,
    );
  }
  return server;
}
