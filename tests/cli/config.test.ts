import { execFile } from 'node:child_process';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { requireTool } from '../support/requireTool';
import { freePort, killRunning, runToEnd, startCli } from './cliProcess';

const hasCurl = requireTool('curl', 'curl');

let directory = '';

beforeEach(async () => {
  directory = await mkdtemp(join(tmpdir(), 'puerto-config-'));
});

afterEach(async () => {
  await killRunning();
  await rm(directory, { recursive: true, force: true });
});

async function writeConfig(name: string, content: unknown): Promise<string> {
  const file = join(directory, name);
  await writeFile(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
}

function curl(url: string): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile('curl', ['-s', '--max-time', '5', url], (error, stdout) =>
      error ? reject(error) : resolve(stdout),
    );
  });
}

describe.skipIf(!hasCurl)('puerto serve --config, judged by curl', () => {
  it('serves the http folder the file names, relative to the file', async () => {
    const page = `<h1>lab ${Date.now()}</h1>\n`;
    await mkdir(join(directory, 'www'));
    await writeFile(join(directory, 'www', 'index.html'), page);
    const file = await writeConfig('lab.json', { services: { http: { folder: './www' } } });
    const port = await freePort();
    const cli = startCli([
      'serve',
      '--host',
      '127.0.0.1',
      '--tcp',
      `${port}:http`,
      '--config',
      file,
    ]);
    await cli.waitFor(() => cli.stdoutLines.some((line) => line.includes(`:${port} listening`)));
    expect(await curl(`http://127.0.0.1:${port}/index.html`)).toBe(page);
  });
});

describe('puerto serve --config refuses a bad file', { timeout: 60_000 }, () => {
  async function refused(content: unknown, env: Record<string, string> = {}) {
    const file =
      content === undefined
        ? join(directory, 'missing.json')
        : await writeConfig('lab.json', content);
    const cli = await runToEnd(['serve', '--tcp', '0:http', '--config', file], env);
    expect(cli.exit.code).toBe(2);
    expect(cli.stderr).toContain(file);
    expect(cli.stdoutLines.join('')).not.toContain('listening');
    return cli.stderr;
  }

  it('an unreadable file', async () => {
    expect(await refused(undefined)).toContain('ENOENT');
  });

  it('a file that is not JSON', async () => {
    expect(await refused('{"services": ')).toContain('not valid JSON');
  });

  it('an unknown service, in English and Spanish', async () => {
    expect(await refused({ services: { htp: {} } })).toContain('"htp"');
    const spanish = await refused({ services: { htp: {} } }, { LANG: 'es_ES.UTF-8' });
    expect(spanish).toContain('no es un servicio con opciones');
  });

  it('an unknown option, naming the field', async () => {
    const stderr = await refused({ services: { http: { folde: './www' } } });
    expect(stderr).toContain('services.http.folde');
  });

  it('settings for a server the command does not start, or named the wrong way', async () => {
    const unknown = await refused({ servers: { 'tcp/7007': { concurrency: 'iterative' } } });
    expect(unknown).toContain('"tcp/7007"');
    expect(unknown).toContain('tcp/0');
    expect(await refused({ servers: { '7007': { concurrency: 'iterative' } } })).toContain(
      '"tcp/7007"',
    );
    expect(await refused({ servers: { 'tcp/0': { concurrency: 'one-by-one' } } })).toContain(
      'servers.tcp/0.concurrency',
    );
  });

  it('a bad option value, naming the field, as the boundary explains it', async () => {
    expect(await refused({ services: { ftp: { readOnly: 'yes' } } })).toContain(
      'services.ftp.readOnly',
    );
    const zone = { services: { dns: { records: [{ name: 'www', type: 'A', value: 'x' }] } } };
    expect(await refused(zone)).toContain('services.dns.records.0.value');
    const range = { services: { ftp: { passivePortMin: 3000, passivePortMax: 2000 } } };
    expect(await refused(range)).toContain('services.ftp.passivePortMax');
  });
});
