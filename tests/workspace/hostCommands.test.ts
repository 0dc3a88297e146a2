import { describe, expect, it } from 'vitest';
import type { CommandHandlers, WorkspaceCommandHandlers } from '../../shared/contract/api';
import { HOST_COMMAND_NAMES, COMMAND_NAMES, isHostCommand } from '../../shared/contract/commands';
import { createDispatcher } from '../../electron/boundary';
import { PuertoEngine } from '../../electron/engine';
import { memoryWorkspaceHandlers } from '../../electron/workspace';
import { sampleWorkspace } from './workspaceSamples';

function recordingHost(): { host: WorkspaceCommandHandlers; calls: string[] } {
  const calls: string[] = [];
  const memory = memoryWorkspaceHandlers();
  return {
    calls,
    host: {
      loadWorkspace: (request) => {
        calls.push('loadWorkspace');
        return memory.loadWorkspace(request);
      },
      saveWorkspace: (request) => {
        calls.push('saveWorkspace');
        return memory.saveWorkspace(request);
      },
    },
  };
}

describe('host commands at the boundary', () => {
  it('include the workspace commands, and the engine implements none of them', () => {
    expect([...HOST_COMMAND_NAMES]).toEqual(
      expect.arrayContaining(['loadWorkspace', 'saveWorkspace']),
    );
    const engine = new PuertoEngine();
    for (const name of COMMAND_NAMES) {
      const implemented =
        typeof (engine as unknown as Record<string, unknown>)[name] === 'function';
      expect(implemented, name).toBe(!isHostCommand(name));
    }
    void engine.close();
  });

  it('go to the host’s handlers; engine commands still go to the engine', async () => {
    const engine = new PuertoEngine();
    const { host, calls } = recordingHost();
    const dispatch = createDispatcher(engine as CommandHandlers, host);
    const workspace = sampleWorkspace();

    expect(await dispatch('saveWorkspace', { workspace })).toMatchObject({ ok: true });
    expect(await dispatch('loadWorkspace', { stray: true })).toEqual({
      ok: true,
      value: { workspace },
    });
    expect(await dispatch('getState', {})).toMatchObject({ ok: true, value: { servers: [] } });
    expect(calls).toEqual(['saveWorkspace', 'loadWorkspace']);
    await engine.close();
  });

  it('check the saved workspace before the host sees it, naming the field', async () => {
    const { host, calls } = recordingHost();
    const engine = new PuertoEngine();
    const dispatch = createDispatcher(engine, host);
    const workspace = {
      ...sampleWorkspace(),
      recentTargets: [{ protocol: 'tcp', host: 'bad host!', port: 80 }],
    };
    const result = await dispatch('saveWorkspace', { workspace });
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'INVALID_INPUT',
        details: { field: 'workspace.recentTargets.0.host', reason: 'validation.hostInvalid' },
      },
    });
    expect(calls).toEqual([]);
    await engine.close();
  });

  it('are refused as unknown by a host that keeps no workspace (`puerto serve`)', async () => {
    const engine = new PuertoEngine();
    const result = await createDispatcher(engine)('loadWorkspace', {});
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'INVALID_INPUT',
        details: { field: 'command', reason: 'validation.unknownCommand' },
      },
    });
    await engine.close();
  });
});
