/**
 * `puerto serve --tcp P:ftp` with its defaults (the built-in sample tree, anonymous reading,
 * the lab account alumno/alumno), judged by curl, lftp and netcat as a lab would use them.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, killRunning, startCli } from '../../cli/cliProcess';
import type { CliProcess } from '../../cli/cliProcess';
import { netcat } from '../../cli/netcat';
import { requireTool } from '../../support/requireTool';
import { curl, lftp } from '../files/programs';

const hasTools =
  requireTool('curl', 'curl') && requireTool('lftp', 'lftp') && requireTool('nc', 'netcat-openbsd');

let cli: CliProcess;
let port: number;
let url: string;
let work: string;

beforeAll(async () => {
  if (!hasTools) return;
  work = mkdtempSync(join(tmpdir(), 'puerto-ftp-client-'));
  port = await freePort();
  url = `ftp://127.0.0.1:${port}`;
  cli = startCli(['serve', '--tcp', `${port}:ftp`, '--json']);
  await cli.waitFor(() => cli.jsonLines().some((line) => line.kind === 'listening'));
});

afterAll(async () => {
  // SIGTERM lets the server remove its temporary copy of the sample tree; SIGKILL would not.
  cli?.child.kill('SIGTERM');
  await Promise.race([cli?.exited, new Promise((resolve) => setTimeout(resolve, 5_000))]);
  await killRunning();
  if (work !== undefined) rmSync(work, { recursive: true, force: true });
});

describe.skipIf(!hasTools)('ftp service, judged by curl, lftp and netcat through the CLI', () => {
  it('lists the sample tree in extended passive mode (EPSV), curl’s default', async () => {
    const listing = await curl(['-v', `${url}/`]);
    expect(listing.code).toBe(0);
    for (const name of ['README.txt', 'docs', 'data', 'uploads'])
      expect(listing.stdout).toContain(name);
    expect(listing.stdout).toMatch(/^-rw-r--r-- 1 ftp ftp +\d+ \w{3} \d\d .+ README\.txt\r?$/m);
    expect(listing.stderr).toMatch(/< 229 Entering Extended Passive Mode \(\|\|\|\d+\|\)/);
  });

  it('announces in PASV the address the client reached', async () => {
    const listing = await curl(['-v', '--disable-epsv', `${url}/docs/`]);
    expect(listing.code).toBe(0);
    expect(listing.stdout).toContain('commands.txt');
    const reply = /< 227 Entering Passive Mode \((\d+),(\d+),(\d+),(\d+),(\d+),(\d+)\)/.exec(
      listing.stderr,
    );
    expect(reply?.slice(1, 5).join('.')).toBe('127.0.0.1');
  });

  it('works over IPv6 with EPSV, and refuses PASV there (it can only carry IPv4)', async () => {
    const six = await curl(['-g', '-v', `ftp://[::1]:${port}/`]);
    expect(six.code).toBe(0);
    expect(six.stdout).toContain('README.txt');
    // curl always uses EPSV over IPv6, so PASV is typed by hand.
    const pasv = await netcat(
      ['-N', '::1', String(port)],
      'USER anonymous\r\nPASS x\r\nPASV\r\nQUIT\r\n',
    );
    expect(pasv.output).toContain('\r\n425 PASV can only announce IPv4 addresses: use EPSV\r\n');
    expect(pasv.output).toContain('\r\n221 ');
  });

  it('downloads text and binary files exactly', async () => {
    const readme = await curl([`${url}/README.txt`]);
    expect(Buffer.from(readme.stdout, 'latin1').toString('utf8')).toContain('[es] Estás conectado');
    const binary = await curl([`${url}/data/bytes.bin`]);
    expect(binary.stdout.length).toBe(256);
    expect([...binary.stdout].map((character) => character.charCodeAt(0))).toEqual(
      Array.from({ length: 256 }, (_, index) => index),
    );
  });

  it('refuses anonymous uploads (550) and accepts the lab account’s', async () => {
    const file = join(work, 'nota.txt');
    writeFileSync(file, 'subido por curl\n');
    const anonymous = await curl(['-v', '-T', file, `${url}/uploads/`]);
    expect(anonymous.code).toBe(25);
    expect(anonymous.stderr).toContain('< 550 Read-only: this server does not accept changes');
    const student = await curl(['-u', 'alumno:alumno', '-T', file, `${url}/uploads/`]);
    expect(student.code).toBe(0);
    expect((await curl([`${url}/uploads/nota.txt`])).stdout).toBe('subido por curl\n');
    const wrong = await curl(['-u', 'alumno:wrong', `${url}/`]);
    expect(wrong.code).toBe(67);
  });

  it('serves lftp: ls, get and put, and refuses every way out of the root', async () => {
    writeFileSync(join(work, 'lftp-up.txt'), 'uploaded by lftp\n');
    const run = await lftp(
      url,
      'alumno,alumno',
      [
        'ls',
        'get docs/commands.txt -o got.txt',
        'cd uploads',
        'put lftp-up.txt',
        'get ../../etc/passwd -o passwd.txt',
        'put lftp-up.txt -o ../../escape.txt',
        'quote MKD ../../escaped',
        'quote CWD ../..',
      ],
      work,
    );
    expect(run.stdout).toContain('README.txt');
    expect(readFileSync(join(work, 'got.txt'), 'utf8')).toContain('FTP commands your client sends');
    expect((await curl([`${url}/uploads/lftp-up.txt`])).stdout).toBe('uploaded by lftp\n');
    expect(run.stderr).toMatch(/get: Access failed: 55\d Outside the shared folder/);
    expect(run.stderr).toMatch(/put: lftp-up.txt: Access failed: 550 Outside the shared folder/);
    expect(run.stdout.match(/^550 Outside the shared folder$/gm)).toHaveLength(2);
    expect(() => readFileSync(join(work, 'passwd.txt'), 'utf8')).toThrow();
    // What the server answered never names a folder of the server's own disk.
    const replies = cli.jsonLines().filter((line) => line.kind === 'data-out');
    expect(replies.length).toBeGreaterThan(10);
    expect(replies.map((line) => String(line.preview)).join('')).not.toContain(tmpdir());
  });

  it('answers an overlong line with 500 once, drops it, and keeps serving', async () => {
    const session = await netcat(
      ['-N', '127.0.0.1', String(port)],
      `${'A'.repeat(20_000)}\r\nUSER anonymous\r\nPASS x\r\nNOOP\nQUIT\r\n`,
    );
    expect(session.output).toContain('500 Line too long');
    expect(session.output).toContain('230 ');
    expect(session.output).toContain('\r\n200 ');
    expect(session.output).toContain('221 ');
    expect(session.output.match(/^500 /gm)).toHaveLength(1);
  });
});
