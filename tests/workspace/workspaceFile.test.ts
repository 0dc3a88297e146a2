import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile, mkdir, utimes } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyWorkspace, workspaceSchema } from '../../shared/contract/workspace';
import { explainError } from '../../shared/i18n';
import { EngineError } from '../../electron/engine';
import { createWorkspaceFile, writeFileAtomic } from '../../electron/workspace';
import { sampleWorkspace } from './workspaceSamples';

let directory: string;
const fileIn = (name = 'workspace.json') => join(directory, name);

beforeEach(async () => {
  directory = await mkdtemp(join(tmpdir(), 'puerto-workspace-'));
});

afterEach(async () => {
  await rm(directory, { recursive: true, force: true });
});

const clock = () => new Date('2026-11-25T19:30:12.345Z');

describe('workspace file: load and save', () => {
  it('starts empty, with no problem, when nothing was saved yet', async () => {
    const file = createWorkspaceFile({ directory });
    expect(await file.load()).toEqual({ workspace: emptyWorkspace() });
    expect(await readdir(directory)).toEqual([]);
  });

  it('saves a workspace and a new start reads back exactly the same', async () => {
    const saved = sampleWorkspace();
    const first = createWorkspaceFile({ directory });
    await first.load();
    const { savedAt } = await first.save(saved);
    expect(savedAt).toBeGreaterThan(0);

    const restarted = createWorkspaceFile({ directory });
    expect(await restarted.load()).toEqual({ workspace: saved });
    expect(JSON.parse(await readFile(fileIn(), 'utf8'))).toEqual(saved);
  });

  it('answers later loads with the newest saved workspace, not the disk of the start', async () => {
    const file = createWorkspaceFile({ directory });
    await file.load();
    const saved = sampleWorkspace();
    void file.save(saved);
    expect((await file.load()).workspace).toEqual(saved);
    await file.settled();
  });

  it('creates the data folder when it does not exist yet', async () => {
    const nested = join(directory, 'config', 'puerto');
    const file = createWorkspaceFile({ directory: nested });
    await file.load();
    await file.save(sampleWorkspace());
    expect(await readdir(nested)).toEqual(['workspace.json']);
  });

  it('coalesces a burst of saves: few writes, and the file ends with the last one', async () => {
    let writes = 0;
    const file = createWorkspaceFile({ directory, hooks: { beforeRename: () => void writes++ } });
    await file.load();
    const saves = Array.from({ length: 25 }, (_, index) =>
      file.save(
        sampleWorkspace({ recentTargets: [{ protocol: 'udp', host: 'h', port: index + 1 }] }),
      ),
    );
    const answers = await Promise.all(saves);
    expect(answers.every((answer) => answer.savedAt > 0)).toBe(true);
    expect(writes).toBeLessThanOrEqual(2);
    const onDisk = workspaceSchema.parse(JSON.parse(await readFile(fileIn(), 'utf8')));
    expect(onDisk.recentTargets[0]?.port).toBe(25);
  });
});

describe('workspace file: damaged or refused files', () => {
  it('keeps a file that is not JSON aside, reports it, and starts empty', async () => {
    await writeFile(fileIn(), '{"version": 1, "servers": [', 'utf8');
    const file = createWorkspaceFile({ directory, now: clock });
    const loaded = await file.load();

    const keptAs = fileIn('workspace.json.broken-2026-11-25T19-30-12-345Z');
    expect(loaded.workspace).toEqual(emptyWorkspace());
    expect(loaded.problem).toMatchObject({
      code: 'WORKSPACE_UNREADABLE',
      details: { file: fileIn(), keptAs, reason: 'workspace.problems.notJson' },
    });
    expect(await readFile(keptAs, 'utf8')).toBe('{"version": 1, "servers": [');
    expect(await readdir(directory)).toEqual(['workspace.json.broken-2026-11-25T19-30-12-345Z']);
    const explained = explainError('es', loaded.problem!);
    expect(explained.explain).toContain('no es JSON válido');
    expect(explained.explain).toContain(keptAs);
  });

  it('names the field the schema refused', async () => {
    const broken = sampleWorkspace() as unknown as { servers: Array<{ port: number }> };
    broken.servers[1]!.port = 70_000;
    await writeFile(fileIn(), JSON.stringify(broken), 'utf8');
    const loaded = await createWorkspaceFile({ directory, now: clock }).load();

    expect(loaded.problem?.details).toMatchObject({
      reason: 'workspace.problems.invalidValue',
      field: 'servers.1.port',
    });
    expect(explainError('en', loaded.problem!).explain).toContain('“servers.1.port”');
    expect(loaded.workspace).toEqual(emptyWorkspace());
  });

  it('says so when another version of Puerto wrote the file', async () => {
    await writeFile(fileIn(), JSON.stringify({ version: 2, servers: [] }), 'utf8');
    const loaded = await createWorkspaceFile({ directory }).load();
    expect(loaded.problem?.details).toMatchObject({
      reason: 'workspace.problems.otherVersion',
      version: '2',
    });
  });

  it('keeps reporting the problem until a save succeeds', async () => {
    await writeFile(fileIn(), 'not json', 'utf8');
    const file = createWorkspaceFile({ directory });
    expect((await file.load()).problem).toBeDefined();
    expect((await file.load()).problem).toBeDefined();
    await file.save(sampleWorkspace());
    expect((await file.load()).problem).toBeUndefined();
  });

  it('refuses to save where it cannot write, as WORKSPACE_NOT_SAVED', async () => {
    const blocker = join(directory, 'not-a-folder');
    await writeFile(blocker, 'x', 'utf8');
    const file = createWorkspaceFile({ directory: join(blocker, 'puerto') });
    await file.load();
    const failure = await file.save(sampleWorkspace()).catch((cause: unknown) => cause);
    expect(failure).toBeInstanceOf(EngineError);
    expect((failure as EngineError).error).toMatchObject({
      code: 'WORKSPACE_NOT_SAVED',
      details: { reason: 'workspace.problems.cannotWrite', errno: 'ENOTDIR' },
    });
  });

  it('reads the old file before a first save, so a damaged one is kept aside, not overwritten', async () => {
    await writeFile(fileIn(), 'damaged', 'utf8');
    const file = createWorkspaceFile({ directory, now: clock });
    await file.save(sampleWorkspace());
    const names = (await readdir(directory)).sort();
    expect(names).toEqual(['workspace.json', 'workspace.json.broken-2026-11-25T19-30-12-345Z']);
    expect((await file.load()).workspace).toEqual(sampleWorkspace());
  });
});

describe('workspace file: atomic writes', () => {
  it('never shows a partial file: until the rename, readers see the whole old one', async () => {
    const file = createWorkspaceFile({ directory });
    await file.load();
    await file.save(sampleWorkspace({ snippets: [] }));
    const before = await readFile(fileIn(), 'utf8');

    const big = sampleWorkspace({
      snippets: Array.from({ length: 200 }, (_, index) => ({
        id: `s${index}`,
        name: `snippet ${index}`,
        mode: 'text' as const,
        text: 'x'.repeat(4000),
        lineEnding: 'none' as const,
        encoding: 'utf-8' as const,
      })),
    });
    const seen: string[] = [];
    const paused = createWorkspaceFile({
      directory,
      hooks: {
        beforeRename: async (temporary) => {
          seen.push(await readFile(fileIn(), 'utf8'));
          seen.push(await readFile(temporary, 'utf8'));
        },
      },
    });
    await paused.load();
    await paused.save(big);

    expect(seen[0]).toBe(before);
    expect(JSON.parse(seen[1]!)).toEqual(big);
    expect(JSON.parse(await readFile(fileIn(), 'utf8'))).toEqual(big);
    expect(await readdir(directory)).toEqual(['workspace.json']);
  });

  it('leaves the old file whole when a write fails before the rename, and cleans up', async () => {
    await writeFileAtomic(fileIn(), 'old content');
    const failing = writeFileAtomic(fileIn(), 'new content', {
      beforeRename: () => {
        throw Object.assign(new Error('disk full'), { code: 'ENOSPC' });
      },
    });
    await expect(failing).rejects.toThrow('disk full');
    expect(await readFile(fileIn(), 'utf8')).toBe('old content');
    expect(await readdir(directory)).toEqual(['workspace.json']);
  });

  it('survives a real crash (SIGKILL) between write and rename with the old file intact', async () => {
    await writeFileAtomic(fileIn(), 'old content');
    const script = fileURLToPath(new URL('./fixtures/crashBeforeRename.ts', import.meta.url));
    const child = spawn(process.execPath, ['--import', 'tsx', script, fileIn(), 'new content'], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const signal = await new Promise((resolve) =>
      child.once('exit', (_code, killed) => resolve(killed)),
    );

    expect(signal, stderr).toBe('SIGKILL');
    expect(await readFile(fileIn(), 'utf8')).toBe('old content');
    const leftovers = (await readdir(directory)).filter((name) => name.endsWith('.tmp'));
    expect(leftovers).toHaveLength(1);
    expect(await readFile(join(directory, leftovers[0]!), 'utf8')).toBe('new content');
  });

  it('removes temporary files a crash left behind, once they are old', async () => {
    await mkdir(directory, { recursive: true });
    const stale = join(directory, '.workspace.json.999.abcdef.tmp');
    const fresh = join(directory, '.workspace.json.998.abcdef.tmp');
    await writeFile(stale, 'half', 'utf8');
    await writeFile(fresh, 'being written by another Puerto', 'utf8');
    const anHourAgo = new Date(Date.now() - 3_600_000);
    await utimes(stale, anHourAgo, anHourAgo);

    await createWorkspaceFile({ directory }).load();
    expect(await readdir(directory)).toEqual(['.workspace.json.998.abcdef.tmp']);
  });
});
