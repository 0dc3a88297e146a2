/**
 * `puerto serve` loads a service's library only when that service starts (issue 10): an echo
 * server never loads ftp-srv, net-snmp, smtp-server, mailparser or dns-packet. The real CLI
 * runs with a preload that writes, on exit, every package Node's module cache held; an ftp
 * server run the same way shows that the list does see a library once it is loaded.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { firstTcpBytes } from '../engine/helpers';
import { freePort, killRunning, startCli } from './cliProcess';

const SERVICE_LIBRARIES = ['ftp-srv', 'net-snmp', 'smtp-server', 'mailparser', 'dns-packet'];

const folder = mkdtempSync(join(tmpdir(), 'puerto-lazy-'));
const preload = join(folder, 'listPackages.cjs');
writeFileSync(
  preload,
  `process.on('exit', () => {
  const names = new Set();
  for (const path of Object.keys(require.cache)) {
    const found = path.match(/node_modules[\\\\/]((?:@[^\\\\/]+[\\\\/])?[^\\\\/]+)/g) ?? [];
    for (const match of found) names.add(match.replace(/^node_modules[\\\\/]/, ''));
  }
  require('node:fs').writeFileSync(process.env.PUERTO_TEST_PACKAGES, [...names].join('\\n'));
});
`,
);

afterEach(async () => {
  await killRunning();
});

afterAll(() => {
  rmSync(folder, { recursive: true, force: true });
});

/** Serves `behaviour` on TCP, talks to it once, stops it and says which packages were loaded. */
async function packagesLoadedServing(behaviour: string, request: string) {
  const port = await freePort();
  const list = join(folder, `${behaviour}.txt`);
  const cli = startCli(['serve', '--tcp', `${port}:${behaviour}`, '--host', '127.0.0.1'], {
    NODE_OPTIONS: `--require ${preload}`,
    PUERTO_TEST_PACKAGES: list,
  });
  await cli.waitFor(() => cli.stdoutLines.some((line) => line.includes(`:${port} listening`)));
  const reply = await firstTcpBytes(port, request);
  cli.child.kill('SIGTERM');
  expect(await cli.exited).toEqual({ code: 0, signal: null });
  return { reply, packages: readFileSync(list, 'utf8').split('\n') };
}

describe('services load their libraries on first start', () => {
  it('an echo server loads none of the service libraries', async () => {
    const { reply, packages } = await packagesLoadedServing('echo', 'hola\n');
    expect(reply).toBe('hola\n');
    for (const library of SERVICE_LIBRARIES) expect(packages, library).not.toContain(library);
  });

  it('an ftp server loads ftp-srv, and only then', async () => {
    const { reply, packages } = await packagesLoadedServing('ftp', '');
    expect(reply).toMatch(/^220[ -]/);
    expect(packages).toContain('ftp-srv');
    expect(packages).not.toContain('net-snmp');
  });
});
