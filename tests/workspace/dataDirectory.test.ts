import { describe, expect, it } from 'vitest';
import { resolveDataDirectory } from '../../electron/workspace';

describe('resolveDataDirectory', () => {
  it('honours PUERTO_DATA_DIR everywhere, even over Electron’s own folder', () => {
    expect(
      resolveDataDirectory({
        env: { PUERTO_DATA_DIR: '/srv/lab/puerto' },
        platform: 'linux',
        homeDirectory: '/home/ana',
        applicationDirectory: '/home/ana/.config/Puerto',
      }),
    ).toBe('/srv/lab/puerto');
  });

  it('uses Electron’s userData folder when the host is Electron', () => {
    expect(
      resolveDataDirectory({
        env: {},
        platform: 'linux',
        homeDirectory: '/home/ana',
        applicationDirectory: '/home/ana/.config/Puerto',
      }),
    ).toBe('/home/ana/.config/Puerto');
  });

  it('follows XDG on Linux, ignoring a relative XDG_CONFIG_HOME', () => {
    const linux = { platform: 'linux' as const, homeDirectory: '/home/ana' };
    expect(resolveDataDirectory({ ...linux, env: {} })).toBe('/home/ana/.config/puerto');
    expect(resolveDataDirectory({ ...linux, env: { XDG_CONFIG_HOME: '/cfg' } })).toBe(
      '/cfg/puerto',
    );
    expect(resolveDataDirectory({ ...linux, env: { XDG_CONFIG_HOME: 'cfg' } })).toBe(
      '/home/ana/.config/puerto',
    );
  });

  it('uses %APPDATA% on Windows and Application Support on macOS', () => {
    expect(
      resolveDataDirectory({
        env: { APPDATA: 'C:\\Users\\Ana\\AppData\\Roaming' },
        platform: 'win32',
        homeDirectory: 'C:\\Users\\Ana',
      }),
    ).toBe('C:\\Users\\Ana\\AppData\\Roaming\\Puerto');
    expect(resolveDataDirectory({ env: {}, platform: 'darwin', homeDirectory: '/Users/ana' })).toBe(
      '/Users/ana/Library/Application Support/Puerto',
    );
  });

  it('treats an empty PUERTO_DATA_DIR as not set', () => {
    expect(
      resolveDataDirectory({
        env: { PUERTO_DATA_DIR: '  ' },
        platform: 'linux',
        homeDirectory: '/home/ana',
      }),
    ).toBe('/home/ana/.config/puerto');
  });
});
