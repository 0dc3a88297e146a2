import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { explainError, translate } from '../../shared/i18n';
import { freePort, killRunning, runToEnd, startCli } from './cliProcess';
import type { CliProcess } from './cliProcess';

afterEach(async () => {
  await killRunning();
});

const URL_PATTERN = /^http:\/\/127\.0\.0\.1:(\d+)\/\?token=([0-9a-f]{64})$/;

async function printedUrl(cli: CliProcess): Promise<string> {
  await cli.waitFor(() => cli.stdoutLines.some((line) => URL_PATTERN.test(line)), 15_000);
  return cli.stdoutLines.find((line) => URL_PATTERN.test(line)) ?? '';
}

describe('puerto web', () => {
  it('serves browser mode on the asked port behind the printed token', async () => {
    const port = await freePort();
    const cli = startCli(['web', '--port', String(port)]);
    const url = await printedUrl(cli);
    expect(URL_PATTERN.exec(url)?.[1]).toBe(String(port));

    const withoutToken = await fetch(`http://127.0.0.1:${port}/`);
    expect(withoutToken.status).toBe(401);
    const withToken = await fetch(url);
    expect(withToken.status).toBe(200);
    expect(withToken.headers.get('content-type')).toBe('text/html; charset=utf-8');

    cli.child.kill('SIGTERM');
    expect(await cli.exited).toEqual({ code: 0, signal: null });
  });

  it('explains a busy port and exits 1', async () => {
    const busy = createServer();
    await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = busy.address() as AddressInfo;
      const cli = await runToEnd(['web', '--port', String(port)]);
      expect(cli.exit.code).toBe(1);
      const error = { code: 'PORT_IN_USE', message: '', details: { proto: 'TCP', port } } as const;
      expect(cli.stderr).toContain(explainError('en', error).title);
    } finally {
      busy.close();
    }
  });

  it('refuses a bad port with exit 2', async () => {
    const cli = await runToEnd(['web', '--port', '65536']);
    expect(cli.exit.code).toBe(2);
    expect(cli.stderr).toContain('"port"');
  });
});

describe('puerto help', () => {
  it('lists every command with --help', async () => {
    const cli = await runToEnd(['--help']);
    expect(cli.exit.code).toBe(0);
    const help = cli.stdoutLines.join('\n');
    for (const command of ['serve', 'peers', 'probe', 'web', 'start']) {
      expect(help).toContain(`  ${command} `);
      expect(help).toContain(translate('en', `cli.commands.${command}.summary`).split(' ')[0]);
    }
  });

  it('documents every option of a command in Spanish', async () => {
    const cli = await runToEnd(['help', 'serve', '--lang', 'es']);
    expect(cli.exit.code).toBe(0);
    const help = cli.stdoutLines.join('\n');
    for (const option of ['host', 'tcp', 'udp', 'reply', 'json', 'lang']) {
      expect(help).toContain(translate('es', `cli.options.${option}.syntax`));
    }
    expect(help).toContain('Opciones:');
  });

  it.each([
    ['serve', ['iterative', 'announce', 'name']],
    ['peers', ['peersTimeout', 'peersJson']],
    ['probe', ['probeUdp', 'probeTimeout', 'probeJson']],
  ])('documents the classroom options of %s in both languages', async (command, options) => {
    for (const locale of ['en', 'es'] as const) {
      const cli = await runToEnd(['help', command, '--lang', locale]);
      expect(cli.exit.code).toBe(0);
      const help = cli.stdoutLines.join('\n');
      for (const option of options) {
        expect(help).toContain(translate(locale, `cli.options.${option}.syntax`));
        const firstWords = translate(locale, `cli.options.${option}.text`).split(' ').slice(0, 3);
        expect(help).toContain(firstWords.join(' '));
      }
    }
  });

  it('refuses an unknown command with usage on stderr and exit 2', async () => {
    const cli = await runToEnd(['frobnicate']);
    expect(cli.exit.code).toBe(2);
    expect(cli.stderr).toContain('"frobnicate"');
    expect(cli.stderr).toContain(translate('en', 'cli.usage'));
    expect(cli.stdoutLines.join('')).toBe('');
  });
});
