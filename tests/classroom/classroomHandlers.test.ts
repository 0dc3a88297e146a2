import { afterEach, describe, expect, it } from 'vitest';
import { createDispatcher } from '../../electron/boundary';
import { classroomHandlers, workspaceNickname } from '../../electron/classroom';
import { createLabEngine } from '../../electron/services';
import { memoryWorkspaceHandlers } from '../../electron/workspace';
import type { ClassroomState } from '../../shared/contract/classroom';
import { emptyWorkspace } from '../../shared/contract/workspace';
import { closeAll, loopbackClassroom } from './loopbackClassroom';

const engine = createLabEngine();

afterEach(async () => {
  await closeAll();
});

function savedWith(nickname: string) {
  const workspace = emptyWorkspace();
  workspace.settings.nickname = nickname;
  return memoryWorkspaceHandlers(workspace);
}

describe('classroom commands through the boundary', () => {
  it('turns discovery on with the nickname saved in the workspace, then off', async () => {
    const classroom = loopbackClassroom({ port: 0, hostname: 'pc-lab-07', listenOnly: true });
    const workspace = savedWith('Ana del 7');
    const dispatch = createDispatcher(engine, {
      ...workspace,
      ...classroomHandlers(classroom, { defaultNickname: workspaceNickname(workspace) }),
    });
    const before = await dispatch('getClassroom', {});
    expect(before).toMatchObject({ ok: true, value: { enabled: false } });

    const on = await dispatch('setClassroom', { enabled: true });
    expect(on).toMatchObject({ ok: true, value: { enabled: true, nickname: 'Ana del 7' } });

    const renamed = await dispatch('setClassroom', { enabled: true, nickname: '  Ana  ' });
    expect(renamed).toMatchObject({ ok: true, value: { enabled: true, nickname: 'Ana' } });

    // Asked again without a name: back to the saved one, not stuck on the last.
    const back = await dispatch('setClassroom', { enabled: true });
    expect(back).toMatchObject({ ok: true, value: { enabled: true, nickname: 'Ana del 7' } });

    const off = await dispatch('setClassroom', { enabled: false });
    expect(off).toMatchObject({ ok: true, value: { enabled: false } });
  });

  it('uses the host name when neither the page nor the workspace names anyone', async () => {
    const classroom = loopbackClassroom({ port: 0, hostname: 'pc-lab-07', listenOnly: true });
    const handlers = classroomHandlers(classroom, {
      defaultNickname: workspaceNickname(memoryWorkspaceHandlers()),
    });
    const state: ClassroomState = await handlers.setClassroom({ enabled: true });
    expect(state.nickname).toBe('pc-lab-07');
  });

  it('refuses a nickname that is too long before anything opens', async () => {
    const classroom = loopbackClassroom({ port: 0, listenOnly: true });
    const dispatch = createDispatcher(engine, classroomHandlers(classroom));
    const result = await dispatch('setClassroom', { enabled: true, nickname: 'x'.repeat(40) });
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'INVALID_INPUT',
        details: { field: 'nickname', reason: 'validation.nicknameTooLong' },
      },
    });
    expect(classroom.state().enabled).toBe(false);
  });

  it('is refused as unknown by a host that runs no classroom', async () => {
    const result = await createDispatcher(engine, {})('getClassroom', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });
});
