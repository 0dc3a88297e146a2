/**
 * `puerto serve --tcp P:http`, judged by curl and netcat as a lab would use them: the welcome
 * page, HEAD, POST, the limits (413, 431), refused methods and paths, keep-alive, and the
 * service still serving after each bad request.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translate } from '../../../shared/i18n';
import { freePort, killRunning, startCli } from '../../cli/cliProcess';
import type { CliProcess } from '../../cli/cliProcess';
import { netcat } from '../../cli/netcat';
import { requireTool } from '../../support/requireTool';
import { curl } from '../files/programs';

const hasTools = requireTool('curl', 'curl') && requireTool('nc', 'netcat-openbsd');

let cli: CliProcess;
let port: number;
let base: string;

beforeAll(async () => {
  if (!hasTools) return;
  port = await freePort();
  base = `http://127.0.0.1:${port}`;
  cli = startCli(['serve', '--tcp', `${port}:http`, '--json']);
  await cli.waitFor(() => cli.jsonLines().some((line) => line.kind === 'listening'));
});

afterAll(async () => {
  await killRunning();
});

/** Status code and headers of a `curl -D -` dump (the last response when there were several). */
function statusOf(dump: string): number {
  const lines = [...dump.matchAll(/^HTTP\/1\.1 (\d{3})/gm)];
  return Number(lines.at(-1)?.[1]);
}

function header(dump: string, name: string): string | undefined {
  return new RegExp(`^${name}: (.*)\\r$`, 'im').exec(dump)?.[1];
}

async function stillServing(): Promise<void> {
  const again = await curl(['-D', '-', '-o', '/dev/null', `${base}/`]);
  expect(statusOf(again.stdout)).toBe(200);
}

describe.skipIf(!hasTools)('http service, judged by curl through the CLI', () => {
  it('answers GET with the bilingual welcome page showing the request it received', async () => {
    const english = await curl(['-D', '-', '-H', 'X-Lab-Check: 42', `${base}/`]);
    expect(statusOf(english.stdout)).toBe(200);
    expect(header(english.stdout, 'Content-Type')).toBe('text/html; charset=utf-8');
    expect(english.stdout).toContain('<html lang="en">');
    expect(english.stdout).toContain(translate('en', 'services.http.welcome.title'));
    expect(english.stdout).toContain(translate('es', 'services.http.welcome.title'));
    expect(english.stdout).toContain('GET / HTTP/1.1');
    expect(english.stdout).toContain('X-Lab-Check: 42');
    expect(english.stdout).toContain(`port ${port}`);

    const spanish = await curl(['-H', 'Accept-Language: es-ES,es;q=0.9', `${base}/index.html`]);
    expect(spanish.stdout).toContain('<html lang="es">');
    expect(spanish.stdout.indexOf('lang="es"><h1>')).toBeLessThan(
      spanish.stdout.indexOf('lang="en"><h1>'),
    );
  });

  it('answers HEAD with the same headers and no body', async () => {
    const get = await curl(['-D', '-', '-o', '/dev/null', `${base}/`]);
    const head = await curl(['-I', `${base}/`]);
    expect(statusOf(head.stdout)).toBe(200);
    expect(head.stdout).not.toContain('<html');
    expect(Number(header(head.stdout, 'Content-Length'))).toBeGreaterThan(1000);
    // The page shows the request line (GET or HEAD), so the lengths differ by a few bytes.
    const difference =
      Number(header(head.stdout, 'Content-Length')) - Number(header(get.stdout, 'Content-Length'));
    expect(Math.abs(difference)).toBeLessThan(20);
    expect(header(head.stdout, 'Content-Type')).toBe(header(get.stdout, 'Content-Type'));
  });

  it('echoes a POST body, with form fields decoded', async () => {
    const post = await curl([
      '-D',
      '-',
      '--data-binary',
      'saludo=hola+mundo&n=%C3%B1',
      `${base}/form`,
    ]);
    expect(statusOf(post.stdout)).toBe(200);
    const page = Buffer.from(post.stdout, 'latin1').toString('utf8');
    expect(page).toContain('POST /form HTTP/1.1');
    expect(page).toContain('saludo=hola+mundo&amp;n=%C3%B1');
    expect(page).toContain('<td><code>saludo</code></td><td>hola mundo</td>');
    expect(page).toContain('<td><code>n</code></td><td>ñ</td>');
    expect(page).toContain(translate('en', 'services.http.echo.bodyTitle', { bytes: 26 }));
  });

  it('refuses a body over 64 KiB with 413, also when the client waits for 100-continue', async () => {
    const big = 'x'.repeat(70 * 1024);
    const plain = await curl([
      '-D',
      '-',
      '-o',
      '/dev/null',
      '-H',
      'Expect:',
      '--data-binary',
      big,
      `${base}/`,
    ]);
    expect(statusOf(plain.stdout)).toBe(413);
    const waiting = await curl([
      '-D',
      '-',
      '-o',
      '/dev/null',
      '-H',
      'Expect: 100-continue',
      '--data-binary',
      big,
      `${base}/`,
    ]);
    expect(statusOf(waiting.stdout)).toBe(413);
    expect(waiting.stdout).not.toContain('100 Continue');
    const fits = await curl([
      '-D',
      '-',
      '-o',
      '/dev/null',
      '--data-binary',
      'x'.repeat(60 * 1024),
      `${base}/`,
    ]);
    expect(statusOf(fits.stdout)).toBe(200);
    await stillServing();
  });

  it('refuses headers over 16 KiB with 431 and other methods with 405', async () => {
    const huge = await curl(['-D', '-', '-H', `X-Huge: ${'a'.repeat(20 * 1024)}`, `${base}/`]);
    expect(statusOf(huge.stdout)).toBe(431);
    expect(huge.stdout).toContain(translate('en', 'services.http.status.s431.explain'));
    await stillServing();

    const put = await curl(['-D', '-', '-X', 'PUT', '--data', 'x', `${base}/`]);
    expect(statusOf(put.stdout)).toBe(405);
    expect(header(put.stdout, 'Allow')).toBe('GET, HEAD, POST');
  });

  it('answers 404 for any other path, traversal attempts included, and keeps serving', async () => {
    const paths = [
      '/../../../etc/passwd',
      '/%2e%2e/%2e%2e/etc/passwd',
      '/etc/passwd',
      '/favicon.ico',
    ];
    const answers = await Promise.all(
      paths.map((path) => curl(['-D', '-', '--path-as-is', `${base}${path}`])),
    );
    answers.forEach((answer, index) => {
      expect(statusOf(answer.stdout), paths[index]).toBe(404);
      expect(answer.stdout).not.toMatch(/root:.*:0:0:/);
    });
    await stillServing();
  });

  it('answers 400 to a line that is not HTTP, then serves the next client', async () => {
    const junk = await netcat(['-N', '127.0.0.1', String(port)], 'HELLO THERE\r\n\r\n');
    expect(junk.output).toMatch(/^HTTP\/1\.1 400 Bad Request\r\n/);
    expect(junk.output).toContain('Connection: close');
    await stillServing();
  });

  it('keeps the connection open between requests (keep-alive)', async () => {
    const before = cli.jsonLines().filter((line) => line.kind === 'accepted').length;
    const twice = await curl([
      '-v',
      '-o',
      '/dev/null',
      '-o',
      '/dev/null',
      `${base}/`,
      `${base}/index.html`,
    ]);
    expect(twice.code).toBe(0);
    expect(twice.stderr).toMatch(/Re-using existing connection/);
    await cli.waitFor(() => cli.jsonLines().filter((line) => line.kind === 'data-out').length > 0);
    const after = cli.jsonLines().filter((line) => line.kind === 'accepted').length;
    expect(after - before).toBe(1);
  });
});
