/**
 * The CLI ships prebuilt (issue 10): `npm run build` (run by `npm test` before vitest) emits
 * the bundle bin.mjs runs, with a stamp saying when the build started. Everything the bundle
 * and its chunks import from outside is Node itself or a production dependency, loaded from
 * node_modules at run time: never tsx, never Electron, nothing only a developer has.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../electron/cli/build';
import { BUILD_STAMP, CLI_BUNDLE, buildStartedAt } from '../../electron/cli/buildFreshness.mjs';

const bundle = join(PACKAGE_ROOT, CLI_BUNDLE);

/** Static `import … from "x"`, `export … from "x"` and dynamic `import("x")` specifiers. */
function importsOf(code: string): string[] {
  const found = [
    ...code.matchAll(/^\s*(?:import|export)\b[^;'"]*?from\s*"([^"]+)"/gm),
    ...code.matchAll(/^\s*import\s*"([^"]+)"/gm),
    ...code.matchAll(/\bimport\(\s*"([^"]+)"\s*\)/g),
  ];
  return found.map((match) => match[1] ?? '');
}

/** Every file the CLI bundle can load, and the packages they import, following its chunks. */
function cliGraph(): { files: string[]; packages: Set<string> } {
  const files: string[] = [];
  const packages = new Set<string>();
  const pending = [bundle];
  while (pending.length > 0) {
    const file = pending.pop() as string;
    if (files.includes(file)) continue;
    files.push(file);
    for (const specifier of importsOf(readFileSync(file, 'utf8'))) {
      if (specifier.startsWith('.')) pending.push(resolve(dirname(file), specifier));
      else if (!specifier.startsWith('node:')) {
        const parts = specifier.split('/');
        packages.add(parts.slice(0, specifier.startsWith('@') ? 2 : 1).join('/'));
      }
    }
  }
  return { files, packages };
}

describe('the built CLI', () => {
  it('is emitted by the build, with the stamp of a complete build', () => {
    expect(existsSync(bundle), `${CLI_BUNDLE} is missing: run "npm run build"`).toBe(true);
    expect(existsSync(join(PACKAGE_ROOT, BUILD_STAMP))).toBe(true);
    expect(buildStartedAt(PACKAGE_ROOT)).toBeGreaterThan(0);
    expect(readFileSync(bundle, 'utf8')).toMatch(/export\s*\{[^}]*\bmain\b[^}]*\}/);
  });

  it('imports only Node and production dependencies, which stay external', () => {
    const manifest = JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
    };
    const { files, packages } = cliGraph();
    // The engine, the services and the serve command: more than the entry alone.
    expect(files.length).toBeGreaterThan(5);
    expect([...packages]).toContain('zod');
    for (const name of packages) expect(manifest.dependencies, name).toHaveProperty(name);
    expect(packages.has('tsx')).toBe(false);
    expect(packages.has('electron')).toBe(false);
  });
});
