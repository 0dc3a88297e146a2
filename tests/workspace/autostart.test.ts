import { createServer } from 'node:net';
import type { Server } from 'node:net';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ServerPlan } from '../../shared/contract/workspace';
import { createDispatcher } from '../../electron/boundary';
import { PuertoEngine } from '../../electron/engine';
import { autostartServers, openHostWorkspace } from '../../electron/workspace';
import { sampleWorkspace } from './workspaceSamples';
import { rawTcpConnect, waitFor } from '../engine/helpers';

let engine: PuertoEngine;
let blocker: Server | undefined;
let directory: string | undefined;

beforeEach(() => {
  engine = new PuertoEngine();
});

afterEach(async () => {
  await engine.close();
  await new Promise<void>((resolve) => (blocker ? blocker.close(() => resolve()) : resolve()));
  blocker = undefined;
  if (directory !== undefined) await rm(directory, { recursive: true, force: true });
  directory = undefined;
});

function plan(key: string, port: number, autostart: boolean): ServerPlan {
  return {
    key,
    protocol: 'tcp',
    port,
    bind: { mode: 'loopback' },
    behaviour: { name: 'echo' },
    concurrency: 'concurrent',
    autostart,
  };
}

/** A port held by another program on 127.0.0.1, as a busy lab PC would have. */
async function busyPort(): Promise<number> {
  blocker = createServer();
  await new Promise<void>((resolve) => blocker!.listen(0, '127.0.0.1', resolve));
  const address = blocker.address();
  return typeof address === 'object' && address !== null ? address.port : 0;
}

describe('autostartServers', () => {
  it('starts only the plans marked autostart, and they answer real clients', async () => {
    const workspace = sampleWorkspace({
      servers: [plan('on', 0, true), plan('off', 0, false)],
    });
    const outcomes = await autostartServers(workspace, createDispatcher(engine));

    expect(outcomes.map((outcome) => outcome.plan.key)).toEqual(['on']);
    const [started] = outcomes;
    if (!started?.result.ok) throw new Error('the autostart plan did not start');
    const state = await engine.getState();
    expect(state.servers).toHaveLength(1);

    const peer = await rawTcpConnect(started.result.value.port);
    peer.socket.write('hola\n');
    expect(await waitFor(() => peer.received() === 'hola\n' && peer.received(), 'the echo')).toBe(
      'hola\n',
    );
    peer.socket.destroy();
  });

  it('starts an iterative plan as an iterative server', async () => {
    const iterative: ServerPlan = { ...plan('one-at-a-time', 0, true), concurrency: 'iterative' };
    const outcomes = await autostartServers(
      sampleWorkspace({ servers: [iterative, plan('concurrent', 0, true)] }),
      createDispatcher(engine),
    );
    expect(
      outcomes.map((outcome) => outcome.result.ok && outcome.result.value.concurrency),
    ).toEqual(['iterative', 'concurrent']);
    const state = await engine.getState();
    expect(state.servers.map((server) => server.concurrency)).toEqual(['iterative', 'concurrent']);
  });

  it('survives a busy port: reports it, records an error event, and starts the rest', async () => {
    const port = await busyPort();
    const events: string[] = [];
    engine.onEvent((event) => {
      if (event.kind === 'error') events.push(event.error.code);
    });
    const workspace = sampleWorkspace({
      servers: [plan('busy', port, true), plan('free', 0, true)],
    });
    const outcomes = await autostartServers(workspace, createDispatcher(engine));

    expect(outcomes.map((outcome) => outcome.result.ok)).toEqual([false, true]);
    expect(outcomes[0]?.result).toMatchObject({ ok: false, error: { code: 'PORT_IN_USE' } });
    await waitFor(() => events.includes('PORT_IN_USE'), 'the error event');
    const state = await engine.getState();
    expect(state.servers.filter((server) => server.status === 'listening')).toHaveLength(1);
  });
});

describe('openHostWorkspace', () => {
  it('reads the file, starts its autostart plans, and loads and saves through the dispatcher', async () => {
    directory = await mkdtemp(join(tmpdir(), 'puerto-host-'));
    const saved = sampleWorkspace({ servers: [plan('on', 0, true)] });
    await writeFile(join(directory, 'workspace.json'), JSON.stringify(saved), 'utf8');

    const host = await openHostWorkspace(engine, { directory });
    expect(host.loaded).toEqual({ workspace: saved });
    expect(host.autostarted).toHaveLength(1);
    expect((await engine.getState()).servers[0]?.status).toBe('listening');

    const dispatch = createDispatcher(engine, host.handlers);
    const changed = { ...saved, recentTargets: [] };
    expect(await dispatch('saveWorkspace', { workspace: changed })).toMatchObject({ ok: true });
    expect(await dispatch('loadWorkspace', {})).toEqual({
      ok: true,
      value: { workspace: changed },
    });
  });

  it('reports a damaged file and still starts the host with an empty workspace', async () => {
    directory = await mkdtemp(join(tmpdir(), 'puerto-host-'));
    await writeFile(join(directory, 'workspace.json'), '][', 'utf8');
    const host = await openHostWorkspace(engine, { directory });
    expect(host.loaded.problem?.code).toBe('WORKSPACE_UNREADABLE');
    expect(host.autostarted).toEqual([]);
  });
});
