/**
 * Browser mode as `puerto web` runs it (see electron/cli/web.ts), inside the test process: the
 * lab engine, the workspace in a data directory of the test's choosing (servers marked "start
 * when Puerto starts" are up before the page opens) and the web server. Stopping it and
 * starting another on the same directory is what a student's next session looks like.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { PuertoEngine } from '../../../electron/engine';
import { createLabEngine, serviceHandlers } from '../../../electron/services';
import type { ServiceContext } from '../../../electron/services';
import { startWebServer } from '../../../electron/web';
import type { WebServer } from '../../../electron/web';
import { openHostWorkspace } from '../../../electron/workspace';
import type { HostWorkspace } from '../../../electron/workspace';

export const RENDERER_DIR = fileURLToPath(new URL('../../../out/renderer', import.meta.url));

export interface BrowserHost {
  engine: PuertoEngine;
  workspace: HostWorkspace;
  web: WebServer;
  /** Closes the page's server first, then writes the last change and stops every socket. */
  close(): Promise<void>;
}

export async function startBrowserHost(dataDirectory: string): Promise<BrowserHost> {
  if (!existsSync(`${RENDERER_DIR}/index.html`)) {
    throw new Error(`No renderer build in ${RENDERER_DIR}: run "npx electron-vite build" first`);
  }
  const services: ServiceContext = {};
  const engine = createLabEngine({}, services);
  const workspace = await openHostWorkspace(engine, { directory: dataDirectory });
  let web: WebServer;
  try {
    web = await startWebServer({
      engine,
      workspace: workspace.handlers,
      services: serviceHandlers(services),
      rendererDir: RENDERER_DIR,
    });
  } catch (cause) {
    await engine.close();
    throw cause;
  }
  let closed: Promise<void> | undefined;
  async function shutDown(): Promise<void> {
    await web.close();
    await workspace.file.settled();
    await engine.close();
  }
  return { engine, workspace, web, close: () => (closed ??= shutDown()) };
}
