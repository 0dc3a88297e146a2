/**
 * A lab file (`.puerto`): the servers and snippets of one lab session, prepared once (by an
 * instructor, or a student for later) and opened on any lab PC by double-click or from the
 * File menu. Opening one replaces the workspace's servers and snippets and keeps the student's
 * own settings. Plain JSON, checked with the workspace's own schemas, so a plan that is valid
 * in one is valid in the other.
 */
import { z } from 'zod';
import { recentTargetSchema, serverPlanSchema, snippetSchema } from './workspace';
import type { Workspace } from './workspace';

export const LAB_FILE_KIND = 'puerto-lab';
export const LAB_FILE_VERSION = 1;
/** Without the dot, as file dialogs and file associations want it. */
export const LAB_FILE_EXTENSION = 'puerto';
/** A lab file is a handful of plans and snippets; anything larger is not one. */
export const MAX_LAB_FILE_BYTES = 8 * 1024 * 1024;

export const labFileSchema = z.object({
  kind: z.literal(LAB_FILE_KIND),
  version: z.literal(LAB_FILE_VERSION),
  title: z.string().max(200).optional(),
  notes: z.string().max(10_000).optional(),
  servers: z.array(serverPlanSchema).max(500),
  snippets: z.array(snippetSchema).max(500).optional(),
  recentTargets: z.array(recentTargetSchema).max(50).optional(),
});

export type LabFile = z.output<typeof labFileSchema>;

/** Why a text is not a usable lab file: an i18n key under `desktop.labFile.problems`, and its values. */
export interface LabFileProblem {
  reason:
    | 'notJson'
    | 'notLabFile'
    | 'otherVersion'
    | 'invalidValue'
    | 'tooLarge'
    | 'cannotRead'
    | 'cannotWrite'
    | 'workspaceNotSaved';
  params: Record<string, string>;
}

export type LabFileParse = { ok: true; lab: LabFile } | { ok: false; problem: LabFileProblem };

export function parseLabFile(text: string): LabFileParse {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, problem: { reason: 'notJson', params: {} } };
  }
  const header = (typeof value === 'object' && value !== null ? value : {}) as Record<
    string,
    unknown
  >;
  if (header.kind !== LAB_FILE_KIND) {
    return { ok: false, problem: { reason: 'notLabFile', params: {} } };
  }
  if (header.version !== LAB_FILE_VERSION) {
    return {
      ok: false,
      problem: { reason: 'otherVersion', params: { version: String(header.version) } },
    };
  }
  const parsed = labFileSchema.safeParse(value);
  if (parsed.success) return { ok: true, lab: parsed.data };
  const path = parsed.error.issues[0]?.path ?? [];
  const field = path.length === 0 ? 'lab' : path.map(String).join('.');
  return { ok: false, problem: { reason: 'invalidValue', params: { field } } };
}

/** What "Save lab file as…" writes: the workspace's servers and snippets, never its settings. */
export function labFileFromWorkspace(
  workspace: Workspace,
  details: { title?: string; notes?: string } = {},
): LabFile {
  return {
    kind: LAB_FILE_KIND,
    version: LAB_FILE_VERSION,
    ...(details.title !== undefined ? { title: details.title } : {}),
    ...(details.notes !== undefined ? { notes: details.notes } : {}),
    servers: workspace.servers,
    snippets: workspace.snippets,
  };
}

/**
 * The workspace after opening `lab`: its servers and snippets replace the old ones (a lab is a
 * fresh start), its targets too when it names any; the student's settings stay.
 */
export function workspaceWithLab(workspace: Workspace, lab: LabFile): Workspace {
  return {
    ...workspace,
    servers: lab.servers,
    snippets: lab.snippets ?? [],
    recentTargets: lab.recentTargets ?? workspace.recentTargets,
  };
}
