import { afterEach, describe, expect, it } from 'vitest';
import { explainError } from '../../shared/i18n';
import type { Locale } from '../../shared/i18n';
import { requireTool } from '../support/requireTool';
import { freePort, killRunning, runToEnd, startCli } from './cliProcess';
import type { CliProcess } from './cliProcess';
import { netcat } from './netcat';

const hasNetcat = requireTool('nc', 'netcat-openbsd');

afterEach(async () => {
  await killRunning();
});

function listeningOn(cli: CliProcess, port: number): string[] {
  return cli
    .jsonLines()
    .filter((line) => line.kind === 'listening' && String(line.local).endsWith(`:${port}`))
    .map((line) => String(line.proto));
}

function portInUseTitle(locale: Locale, port: number): string {
  const error = {
    code: 'PORT_IN_USE',
    message: '',
    details: { proto: 'TCP', otherProto: 'UDP', port },
  } as const;
  return explainError(locale, error).title;
}

describe.skipIf(!hasNetcat)('puerto serve, judged by netcat', () => {
  it('echoes on TCP and UDP on the same port number and prints JSON lines', async () => {
    const port = await freePort();
    const cli = startCli(['serve', '--tcp', `${port}:echo`, '--udp', `${port}:echo`, '--json']);
    await cli.waitFor(() => listeningOn(cli, port).length === 2);
    expect(listeningOn(cli, port).sort()).toEqual(['tcp', 'udp']);

    const tcp = await netcat(['-N', '127.0.0.1', String(port)], 'hello tcp\n');
    expect(tcp.output).toBe('hello tcp\n');
    const udp = await netcat(['-u', '-w1', '127.0.0.1', String(port)], 'hello udp\n');
    expect(udp.output).toBe('hello udp\n');

    const dataLines = () => cli.jsonLines().filter((line) => String(line.kind).startsWith('data-'));
    await cli.waitFor(() => dataLines().length >= 4);
    for (const [proto, text] of [
      ['tcp', 'hello tcp\n'],
      ['udp', 'hello udp\n'],
    ] as const) {
      for (const kind of ['data-in', 'data-out']) {
        const line = dataLines().find((item) => item.proto === proto && item.kind === kind);
        expect(line, `${proto} ${kind}`).toBeDefined();
        expect(line?.preview).toBe(text);
        expect(line?.hex).toBe(Buffer.from(text).toString('hex'));
        expect(line?.bytes).toBe(text.length);
        expect(String(line?.local)).toMatch(new RegExp(`:${port}$`));
        expect(String(line?.remote)).toMatch(/^127\.0\.0\.1:\d+$/);
        expect(typeof line?.seq).toBe('number');
        expect(new Date(String(line?.time)).toISOString()).toBe(line?.time);
      }
    }

    cli.child.kill('SIGTERM');
    expect(await cli.exited).toEqual({ code: 0, signal: null });
    expect(cli.jsonLines().filter((line) => line.kind === 'stopped')).toHaveLength(2);
  });

  it('prints readable lines with both endpoints without --json', async () => {
    const port = await freePort();
    const cli = startCli([
      'serve',
      '--tcp',
      `${port}:reply`,
      '--reply',
      'pong\\n',
      '--host',
      '127.0.0.1',
    ]);
    await cli.waitFor(() =>
      cli.stdoutLines.some((line) => line.includes(`127.0.0.1:${port} listening`)),
    );
    const reply = await netcat(['-N', '127.0.0.1', String(port)], 'ping\n');
    expect(reply.output).toBe('pong\n');
    await cli.waitFor(() => cli.stdoutLines.some((line) => line.includes(' sent ')));
    const received = cli.stdoutLines.find((line) => line.includes(' received '));
    expect(received).toMatch(
      new RegExp(
        `^\\d\\d:\\d\\d:\\d\\d\\.\\d{3} TCP 127\\.0\\.0\\.1:${port} ← 127\\.0\\.0\\.1:\\d+ received 5 B "ping\\\\n"$`,
      ),
    );
    cli.child.kill('SIGINT');
    expect((await cli.exited).code).toBe(0);
  });
});

describe('puerto serve failures', () => {
  it('explains PORT_IN_USE in English (LANG=C) and Spanish (--lang es) and exits 1', async () => {
    const port = await freePort();
    const first = startCli(['serve', '--tcp', String(port), '--json']);
    await first.waitFor(() => listeningOn(first, port).length === 1);

    const [english, spanish] = await Promise.all([
      runToEnd(['serve', '--tcp', String(port), '--udp', String(port)]),
      runToEnd(['serve', '--udp', String(port), '--tcp', `${port}:echo`, '--lang', 'es']),
    ]);
    expect(english.exit.code).toBe(1);
    expect(english.stderr).toContain(portInUseTitle('en', port));
    expect(english.stderr).toContain(
      explainError('en', { code: 'PORT_IN_USE', message: '', details: {} }).hint,
    );
    expect(spanish.exit.code).toBe(1);
    expect(spanish.stderr).toContain(portInUseTitle('es', port));
    // Without --lang, the language comes from the POSIX locale variables.
    const again = await runToEnd(['serve', '--tcp', String(port)], { LANG: 'es_ES.UTF-8' });
    expect(again.exit.code).toBe(1);
    expect(again.stderr).toContain(portInUseTitle('es', port));
  });

  it.each([
    [['--tcp', '70000'], 'port'],
    [['--tcp', 'x'], 'port'],
    [['--tcp', '1.5'], 'port'],
    [['--tcp', '7007:nonsense'], 'behaviour.name'],
    [['--udp', '7007', '--host', 'not an address'], 'bind.address'],
  ])('refuses %j with exit 2, naming the field %s', async (args, field) => {
    const cli = await runToEnd(['serve', ...args]);
    expect(cli.exit.code).toBe(2);
    expect(cli.stderr).toContain(`"${field}"`);
    expect(cli.stderr).toContain(`In ${args.slice(0, 2).join(' ')}:`);
    expect(cli.stdoutLines.join('')).toBe('');
  });

  it.each([
    [['serve', '--bogus'], '--bogus'],
    [['serve'], '--tcp 7007:echo'],
    [['serve', '--tcp'], '--tcp'],
    [['serve', '--tcp', '7007:reply'], '--reply'],
    [['serve', '--tcp', '7007', 'extra'], 'extra'],
    [['serve', '--json=yes', '--tcp', '7007'], '--json'],
    [['serve', '--tcp', '7007', '--lang', 'fr'], 'fr'],
  ])('refuses the command line %j with usage and exit 2', async (args, mentioned) => {
    const cli = await runToEnd(args);
    expect(cli.exit.code).toBe(2);
    expect(cli.stderr).toContain(mentioned);
    expect(cli.stderr).toContain('puerto serve [--host ADDR]');
  });
});
