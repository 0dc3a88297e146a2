import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { validateRequest } from '../../electron/boundary';
import { parseServeArguments } from '../../electron/cli/arguments';
import { ConfigError, applyLabConfig, loadLabConfig } from '../../electron/cli/labConfig';
import { planServers } from '../../electron/cli/serverPlan';

let directory = '';

beforeEach(async () => {
  directory = await mkdtemp(join(tmpdir(), 'puerto-lab-servers-'));
});

afterEach(async () => {
  await rm(directory, { recursive: true, force: true });
});

async function configFile(content: unknown): Promise<string> {
  const file = join(directory, 'lab.json');
  await writeFile(file, JSON.stringify(content));
  return file;
}

function planned(...args: string[]) {
  return planServers(parseServeArguments(args));
}

function configErrorOf(run: () => unknown): ConfigError {
  try {
    run();
  } catch (cause) {
    if (cause instanceof ConfigError) return cause;
    throw cause;
  }
  throw new Error('no configuration error');
}

describe('per-server settings in a lab file', () => {
  it('makes the named TCP server iterative and leaves the others as they were', async () => {
    const config = loadLabConfig(
      await configFile({ servers: { 'tcp/7008': { concurrency: 'iterative' } } }),
    );
    const servers = applyLabConfig(planned('--tcp', '7007:echo', '--tcp', '7008:echo'), config);
    expect(servers.map((server) => server.request.concurrency)).toEqual([undefined, 'iterative']);
  });

  it('sets one TCP server’s connection limit, which the boundary accepts', async () => {
    const config = loadLabConfig(
      await configFile({ servers: { 'tcp/7008': { maxConnections: 3 } } }),
    );
    const servers = applyLabConfig(planned('--tcp', '7007:echo', '--tcp', '7008:echo'), config);
    expect(servers.map((server) => server.request.maxConnections)).toEqual([undefined, 3]);
    const checked = validateRequest('startServer', servers[1]?.request);
    expect(checked).toMatchObject({ ok: true, value: { request: { maxConnections: 3 } } });
  });

  it('refuses a connection limit that is not a whole number from 1 to 65535', async () => {
    const file = await configFile({ servers: { 'tcp/7007': { maxConnections: 0 } } });
    expect(() => loadLabConfig(file)).toThrow(ConfigError);
  });

  it('can make one server concurrent again under --iterative', async () => {
    const config = loadLabConfig(
      await configFile({ servers: { 'tcp/7007': { concurrency: 'concurrent' } } }),
    );
    const servers = applyLabConfig(
      planned('--tcp', '7007:echo', '--tcp', '7008:echo', '--iterative'),
      config,
    );
    expect(servers.map((server) => server.request.concurrency)).toEqual([
      'concurrent',
      'iterative',
    ]);
  });

  it('lets the boundary refuse an iterative UDP server, as the window does', async () => {
    const config = loadLabConfig(
      await configFile({ servers: { 'udp/7007': { concurrency: 'iterative' } } }),
    );
    const [server] = applyLabConfig(planned('--udp', '7007:echo'), config);
    const validation = validateRequest('startServer', server?.request);
    expect(validation).toMatchObject({
      ok: false,
      error: { details: { reason: 'validation.iterativeNeedsTcp' } },
    });
  });

  it('keeps the services and the servers apart', async () => {
    const config = loadLabConfig(
      await configFile({
        services: { smtp: { domain: 'aula.example' } },
        servers: { 'tcp/2525': { concurrency: 'iterative' } },
      }),
    );
    const [server] = applyLabConfig(planned('--tcp', '2525:smtp'), config);
    expect(server?.request).toMatchObject({
      concurrency: 'iterative',
      behaviour: { name: 'smtp', domain: 'aula.example' },
    });
  });

  it('names the key when it is not protocol/port, or names no server of the command', async () => {
    const file = await configFile({ servers: { 'tcp:7007': { concurrency: 'iterative' } } });
    expect(configErrorOf(() => loadLabConfig(file))).toMatchObject({
      key: 'configServerKey',
      params: { key: 'tcp:7007' },
    });
    const other = loadLabConfig(
      await configFile({ servers: { 'udp/7007': { concurrency: 'concurrent' } } }),
    );
    expect(configErrorOf(() => applyLabConfig(planned('--tcp', '7007'), other))).toMatchObject({
      key: 'configServerUnknown',
      params: { key: 'udp/7007', servers: 'tcp/7007' },
    });
  });
});
