/**
 * When and how `npm start` / `puerto web` open the browser (issue 11, item 6). The spawn is
 * injected: these tests record what would run and never open a real browser.
 */
import type { SpawnOptions } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import {
  openInBrowser,
  openerCommand,
  shouldOpenBrowser,
} from '../../electron/cli/browserLauncher';
import type { OpenConditions, Spawn } from '../../electron/cli/browserLauncher';

const URL_TO_OPEN = 'http://127.0.0.1:7780/?token=0123456789abcdef0123456789abcdef';

function conditions(partial: Partial<OpenConditions>): OpenConditions {
  return {
    choice: undefined,
    env: { DISPLAY: ':0' },
    platform: 'linux',
    outputIsTerminal: true,
    ...partial,
  };
}

describe('shouldOpenBrowser', () => {
  it('opens for someone at a terminal with a display, and on macOS and Windows', () => {
    expect(shouldOpenBrowser(conditions({}))).toBe(true);
    expect(shouldOpenBrowser(conditions({ env: { WAYLAND_DISPLAY: 'wayland-0' } }))).toBe(true);
    expect(shouldOpenBrowser(conditions({ env: {}, platform: 'darwin' }))).toBe(true);
    expect(shouldOpenBrowser(conditions({ env: {}, platform: 'win32' }))).toBe(true);
  });

  it('never opens with --no-open, under CI or on a Linux without a display', () => {
    expect(shouldOpenBrowser(conditions({ choice: false }))).toBe(false);
    expect(shouldOpenBrowser(conditions({ env: { DISPLAY: ':0', CI: 'true' } }))).toBe(false);
    expect(shouldOpenBrowser(conditions({ choice: true, env: { DISPLAY: ':0', CI: '1' } }))).toBe(
      false,
    );
    expect(shouldOpenBrowser(conditions({ env: {} }))).toBe(false);
    expect(shouldOpenBrowser(conditions({ choice: true, env: { DISPLAY: '' } }))).toBe(false);
    expect(shouldOpenBrowser(conditions({ env: {}, platform: 'freebsd' }))).toBe(false);
  });

  it('opens without a terminal only when --open asks, and ignores CI=false', () => {
    expect(shouldOpenBrowser(conditions({ outputIsTerminal: false }))).toBe(false);
    expect(shouldOpenBrowser(conditions({ outputIsTerminal: false, choice: true }))).toBe(true);
    expect(shouldOpenBrowser(conditions({ env: { DISPLAY: ':0', CI: 'false' } }))).toBe(true);
  });
});

describe('openerCommand', () => {
  it('uses each system’s own opener, detached and silent', () => {
    expect(openerCommand(URL_TO_OPEN, 'linux')).toMatchObject({
      command: 'xdg-open',
      args: [URL_TO_OPEN],
    });
    expect(openerCommand(URL_TO_OPEN, 'darwin')).toMatchObject({
      command: 'open',
      args: [URL_TO_OPEN],
    });
    const windows = openerCommand(URL_TO_OPEN, 'win32');
    expect(windows.command).toBe('cmd.exe');
    expect(windows.args).toEqual(['/d', '/c', `start "" "${URL_TO_OPEN}"`]);
    expect(windows.options.windowsVerbatimArguments).toBe(true);
    for (const platform of ['linux', 'darwin', 'win32'] as const) {
      expect(openerCommand(URL_TO_OPEN, platform).options).toMatchObject({
        detached: true,
        stdio: 'ignore',
      });
    }
  });

  it('refuses anything but a plain web address, which cmd.exe could not misread', () => {
    for (const bad of [
      'file:///etc/passwd',
      'http://127.0.0.1/?a=1&calc',
      'http://127.0.0.1/"x',
      'http://127.0.0.1/%PATH%',
      'http://127.0.0.1/ x',
    ]) {
      expect(() => openerCommand(bad, 'win32'), bad).toThrow();
    }
  });
});

describe('openInBrowser', () => {
  function recordingSpawn() {
    const runs: Array<{ command: string; args: string[]; options: SpawnOptions }> = [];
    let unrefs = 0;
    let failWith: Error | undefined;
    const spawn: Spawn = (command, args, options) => {
      runs.push({ command, args, options });
      return {
        on(_event, listener) {
          if (failWith !== undefined) queueMicrotask(() => listener(failWith as Error));
          return this;
        },
        unref: () => void (unrefs += 1),
      };
    };
    return {
      spawn,
      runs,
      unrefs: () => unrefs,
      fail: (error: Error) => (failWith = error),
    };
  }

  it('runs the opener once and does not wait for it', () => {
    const recorder = recordingSpawn();
    openInBrowser(URL_TO_OPEN, { platform: 'linux', spawn: recorder.spawn });
    expect(recorder.runs).toEqual([
      { command: 'xdg-open', args: [URL_TO_OPEN], options: { detached: true, stdio: 'ignore' } },
    ]);
    expect(recorder.unrefs()).toBe(1);
  });

  it('reports an opener that cannot start (no xdg-open) instead of throwing', async () => {
    const recorder = recordingSpawn();
    recorder.fail(Object.assign(new Error('spawn xdg-open ENOENT'), { code: 'ENOENT' }));
    const failures: string[] = [];
    openInBrowser(URL_TO_OPEN, {
      platform: 'linux',
      spawn: recorder.spawn,
      onFailure: (error) => failures.push(error.message),
    });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(failures).toEqual(['spawn xdg-open ENOENT']);

    const throwing: Spawn = () => {
      throw new Error('EPERM');
    };
    openInBrowser(URL_TO_OPEN, {
      platform: 'darwin',
      spawn: throwing,
      onFailure: (error) => failures.push(error.message),
    });
    expect(failures).toEqual(['spawn xdg-open ENOENT', 'EPERM']);
  });
});
