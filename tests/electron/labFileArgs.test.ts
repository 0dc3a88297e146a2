import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { labFileFromArgv } from '../../electron/main/labFileArgs';

const home = resolve('/home/student');

describe('labFileFromArgv', () => {
  it('finds nothing in a plain launch, packaged or in development', () => {
    expect(labFileFromArgv(['/opt/Puerto/puerto'], home)).toBeUndefined();
    expect(labFileFromArgv(['/usr/bin/electron', '.'], home)).toBeUndefined();
    expect(
      labFileFromArgv(['electron', 'out/main/index.js', '--no-sandbox'], home),
    ).toBeUndefined();
  });

  it('picks an absolute .puerto path as it is', () => {
    const lab = join(home, 'labs', 'sesion1.puerto');
    expect(labFileFromArgv(['C:\\Program Files\\Puerto\\Puerto.exe', lab], home)).toBe(lab);
  });

  it('resolves a relative path from the launching shell’s working directory', () => {
    expect(labFileFromArgv(['puerto', 'labs/eco.puerto'], home)).toBe(
      join(home, 'labs', 'eco.puerto'),
    );
  });

  it('ignores the switches Electron and Chromium add to a second launch', () => {
    const lab = join(home, 'eco.puerto');
    const argv = [
      '/opt/Puerto/puerto',
      '--allow-file-access-from-files',
      lab,
      '--original-process-start-time=13371234567890',
      '--flag=x.puerto',
    ];
    expect(labFileFromArgv(argv, home)).toBe(lab);
  });

  it('ignores the app path and other files, and takes the last lab file named', () => {
    const first = join(home, 'first.puerto');
    const last = join(home, 'last.PUERTO');
    expect(labFileFromArgv(['electron', '.', first, 'notes.txt', last], home)).toBe(last);
    expect(labFileFromArgv(['electron', '.', 'notes.txt', 'capture.jsonl'], home)).toBeUndefined();
  });

  it('never takes the executable itself, nor a bare extension', () => {
    expect(labFileFromArgv(['/tmp/odd.puerto'], home)).toBeUndefined();
    expect(labFileFromArgv(['puerto', '.puerto'], home)).toBeUndefined();
  });

  it('accepts a file URL, as Linux desktop files may pass it', () => {
    const lab = join(home, 'labs', 'con espacios.puerto');
    expect(labFileFromArgv(['puerto', pathToFileURL(lab).href], home)).toBe(lab);
    expect(labFileFromArgv(['puerto', 'file://remote-host/x.puerto'], home)).toBeUndefined();
  });
});
