/**
 * Browser mode as a student starts it (`puerto web`), with its data folder set by
 * PUERTO_DATA_DIR: the saved server marked "start when Puerto starts" answers a real client
 * before any browser has opened the page, and what a page saves is there on the next start.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WEBSOCKET_PATH } from '../../shared/contract/api';
import type { LoadedWorkspace } from '../../shared/contract/commands';
import { translate } from '../../shared/i18n';
import { freePort, killRunning, startCli } from '../cli/cliProcess';
import type { CliProcess } from '../cli/cliProcess';
import { rawTcpConnect, waitFor } from '../engine/helpers';
import { WebClient } from '../web/webClient';
import { sampleWorkspace } from './workspaceSamples';

const URL_PATTERN = /^http:\/\/127\.0\.0\.1:(\d+)\/\?token=([0-9a-f]{64})$/;
let dataDirectory: string;
const openClients: WebClient[] = [];

beforeEach(async () => {
  dataDirectory = await mkdtemp(join(tmpdir(), 'puerto-data-'));
});

afterEach(async () => {
  for (const client of openClients.splice(0)) client.close();
  await killRunning();
  await rm(dataDirectory, { recursive: true, force: true });
});

async function startBrowserMode(): Promise<{ cli: CliProcess; url: URL }> {
  const cli = startCli(['web'], { PUERTO_DATA_DIR: dataDirectory });
  await cli.waitFor(() => cli.stdoutLines.some((line) => URL_PATTERN.test(line)), 40_000);
  const url = new URL(cli.stdoutLines.find((line) => URL_PATTERN.test(line)) ?? '');
  return { cli, url };
}

async function openPageSocket(url: URL): Promise<WebClient> {
  const socketUrl = `ws://${url.host}${WEBSOCKET_PATH}${url.search}`;
  const client = await WebClient.open(socketUrl, { Origin: url.origin });
  openClients.push(client);
  return client;
}

async function stop(cli: CliProcess): Promise<void> {
  cli.child.kill('SIGTERM');
  expect(await cli.exited).toEqual({ code: 0, signal: null });
}

// Each start of the CLI compiles TypeScript on the fly (tsx): seconds each on a busy CI machine.
describe('browser mode with a saved workspace', { timeout: 60_000 }, () => {
  it('starts the autostart echo server before any browser connects', async () => {
    const port = await freePort();
    const workspace = sampleWorkspace({
      servers: [
        {
          key: 'lecture-server',
          protocol: 'tcp',
          port,
          bind: { mode: 'loopback' },
          behaviour: { name: 'echo' },
          concurrency: 'concurrent',
          autostart: true,
        },
      ],
    });
    await writeFile(join(dataDirectory, 'workspace.json'), JSON.stringify(workspace), 'utf8');

    const { cli } = await startBrowserMode();
    const peer = await rawTcpConnect(port);
    peer.socket.write('¿hay alguien?\n');
    await waitFor(() => peer.received() === '¿hay alguien?\n', 'the echo from the saved server');
    peer.socket.destroy();

    const started = translate('en', 'workspace.autostart.started', { protocol: 'TCP', port });
    expect(cli.stderr).toContain(started);
    expect(cli.stderr).toContain(join(dataDirectory, 'workspace.json'));
    await stop(cli);
  });

  it('keeps what a page saves for the next start, written before it exits', async () => {
    const first = await startBrowserMode();
    const page = await openPageSocket(first.url);
    const loaded = await page.invoke('loadWorkspace', {});
    expect(loaded).toMatchObject({ ok: true, value: { workspace: { servers: [] } } });

    const saved = sampleWorkspace({ servers: [] });
    expect(await page.invoke('saveWorkspace', { workspace: saved })).toMatchObject({ ok: true });
    await stop(first.cli);
    expect(JSON.parse(await readFile(join(dataDirectory, 'workspace.json'), 'utf8'))).toEqual(
      saved,
    );

    const second = await startBrowserMode();
    const reloaded = await (await openPageSocket(second.url)).invoke('loadWorkspace', {});
    expect(reloaded).toEqual({ ok: true, value: { workspace: saved } satisfies LoadedWorkspace });
    await stop(second.cli);
  });

  it('explains a damaged workspace on standard error and still serves the page', async () => {
    await writeFile(join(dataDirectory, 'workspace.json'), '{ "version": 1, ', 'utf8');
    const { cli, url } = await startBrowserMode();
    expect(cli.stderr).toContain(translate('en', 'errors.WORKSPACE_UNREADABLE.title'));
    const loaded = await (await openPageSocket(url)).invoke('loadWorkspace', {});
    expect(loaded).toMatchObject({
      ok: true,
      value: {
        problem: {
          code: 'WORKSPACE_UNREADABLE',
          details: { reason: 'workspace.problems.notJson' },
        },
      },
    });
    await stop(cli);
  });
});
