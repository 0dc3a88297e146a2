/**
 * Browser mode as `puerto web` runs it (see electron/cli/web.ts), inside the test process: the
 * lab engine, the workspace in a data directory of the test's choosing (servers marked "start
 * when Puerto starts" are up before the page opens) and the web server. Stopping it and
 * starting another on the same directory is what a student's next session looks like.
 *
 * Its classroom discovery never leaves this machine: beacons go to the loopback broadcast
 * 127.255.255.255 only, on a port of the test's choosing (a free one by default), so a test
 * that turns discovery on in the page sends nothing to the real network and parallel tests do
 * not hear each other. Two hosts given the same port hear each other.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  announcedServersOf,
  classroomHandlers,
  createClassroom,
  workspaceNickname,
} from '../../../electron/classroom';
import type { Classroom } from '../../../electron/classroom';
import type { PuertoEngine } from '../../../electron/engine';
import { createLabEngine, serviceHandlers } from '../../../electron/services';
import type { ServiceContext } from '../../../electron/services';
import { startWebServer } from '../../../electron/web';
import type { WebServer } from '../../../electron/web';
import { openHostWorkspace } from '../../../electron/workspace';
import type { HostWorkspace } from '../../../electron/workspace';

export const RENDERER_DIR = fileURLToPath(new URL('../../../out/renderer', import.meta.url));

/** Where the test's beacons go: never a real interface. */
export const LOOPBACK_DISCOVERY_TARGETS = ['127.255.255.255'];

export interface BrowserHostOptions {
  /** The discovery port; 0 (the default) binds a free one when discovery is turned on. */
  discoveryPort?: number;
  /** What the classroom calls this machine (the real host name by default). */
  hostname?: string;
}

export interface BrowserHost {
  engine: PuertoEngine;
  classroom: Classroom;
  workspace: HostWorkspace;
  web: WebServer;
  /** Closes the page's server first, then writes the last change and stops every socket. */
  close(): Promise<void>;
}

export async function startBrowserHost(
  dataDirectory: string,
  options: BrowserHostOptions = {},
): Promise<BrowserHost> {
  if (!existsSync(`${RENDERER_DIR}/index.html`)) {
    throw new Error(`No renderer build in ${RENDERER_DIR}: run "npx electron-vite build" first`);
  }
  const services: ServiceContext = {};
  const engine = createLabEngine({}, services);
  const workspace = await openHostWorkspace(engine, { directory: dataDirectory });
  const classroom = createClassroom({
    port: options.discoveryPort ?? 0,
    targets: LOOPBACK_DISCOVERY_TARGETS,
    listServers: announcedServersOf(engine),
    ...(options.hostname !== undefined ? { hostname: options.hostname } : {}),
  });
  let web: WebServer;
  try {
    web = await startWebServer({
      engine,
      workspace: workspace.handlers,
      services: serviceHandlers(services),
      classroom: classroomHandlers(classroom, {
        defaultNickname: workspaceNickname(workspace.handlers),
      }),
      rendererDir: RENDERER_DIR,
    });
  } catch (cause) {
    await classroom.close();
    await engine.close();
    throw cause;
  }
  let closed: Promise<void> | undefined;
  async function shutDown(): Promise<void> {
    await web.close();
    await classroom.close();
    await workspace.file.settled();
    await engine.close();
  }
  return { engine, classroom, workspace, web, close: () => (closed ??= shutDown()) };
}
