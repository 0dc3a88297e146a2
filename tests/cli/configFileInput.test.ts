/**
 * Issue 12: a configuration file is read bounded (`--config /dev/zero` used to read for 57 s
 * until the process aborted), a UTF-8 BOM is accepted, and a root that is not an object is
 * reported as such, naming the file, in both languages.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { translate } from '../../shared/i18n';
import { CONFIG_MAX_BYTES } from '../../electron/cli/configFileReader';
import { ConfigError, loadLabConfig } from '../../electron/cli/labConfig';

let directory = '';

beforeEach(async () => {
  directory = await mkdtemp(join(tmpdir(), 'puerto-config-input-'));
});

afterEach(async () => {
  await rm(directory, { recursive: true, force: true });
});

async function configFile(content: string | Buffer): Promise<string> {
  const file = join(directory, 'lab.json');
  await writeFile(file, content);
  return file;
}

function configErrorOf(run: () => unknown): ConfigError {
  try {
    run();
  } catch (cause) {
    if (cause instanceof ConfigError) return cause;
    throw cause;
  }
  throw new Error('no configuration error');
}

function bothLanguages(error: ConfigError): string[] {
  return (['en', 'es'] as const).map((locale) =>
    translate(locale, `cli.errors.${error.key}`, error.params),
  );
}

describe('reading a configuration file', () => {
  it.skipIf(!existsSync('/dev/zero'))('stops reading /dev/zero at the limit, at once', () => {
    const started = performance.now();
    const error = configErrorOf(() => loadLabConfig('/dev/zero'));
    const elapsed = performance.now() - started;
    expect(error.key).toBe('configTooLarge');
    expect(elapsed).toBeLessThan(2_000);
    for (const text of bothLanguages(error)) {
      expect(text).toContain('/dev/zero');
      expect(text).toContain(String(CONFIG_MAX_BYTES));
    }
  });

  it('refuses a regular file one byte over the limit, and takes one at the limit', async () => {
    const body = JSON.stringify({ services: {} });
    const padding = ' '.repeat(CONFIG_MAX_BYTES - body.length);
    const atLimit = await configFile(body + padding);
    expect(loadLabConfig(atLimit).services).toEqual({});
    const over = await configFile(body + padding + ' ');
    expect(configErrorOf(() => loadLabConfig(over)).key).toBe('configTooLarge');
  });

  it('lets the limit be set', async () => {
    const file = await configFile(JSON.stringify({ services: {} }));
    expect(configErrorOf(() => loadLabConfig(file, 8)).params).toMatchObject({ limit: '8' });
  });

  it('accepts a UTF-8 byte order mark, as Windows Notepad writes it', async () => {
    const json = JSON.stringify({ services: { http: { folder: './www' } } });
    const file = await configFile(
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(json)]),
    );
    expect(loadLabConfig(file).services.http).toMatchObject({ folder: join(directory, 'www') });
  });

  it.each([
    ['null', 'null'],
    ['[]', '[…]'],
    ['"lab"', '"…"'],
    ['42', '42'],
  ])('reports a root of %s as "must hold a JSON object", naming the file', async (root, found) => {
    const file = await configFile(root);
    const error = configErrorOf(() => loadLabConfig(file));
    expect(error.key).toBe('configNotObject');
    expect(error.fieldError).toBeUndefined();
    const [english, spanish] = bothLanguages(error);
    expect(english).toContain(file);
    expect(english).toContain('must hold a JSON object');
    expect(english).toContain(`not ${found}`);
    expect(spanish).toContain(file);
    expect(spanish).toContain('debe contener un objeto JSON');
  });
});
