/**
 * What Puerto remembers between runs: the servers a student set up (and which of them start
 * when Puerto starts, like the lecture's server invoked at boot), recent client targets, saved
 * snippets and settings. Stored as one JSON file by the host; validated on every load, so a
 * damaged file is reported and never crashes anything.
 */
import { z } from 'zod';
import { behaviourSchema } from './behaviours';
import {
  bindSchema,
  concurrencySchema,
  hostSchema,
  portSchema,
  protocolSchema,
  remotePortSchema,
} from './fields';
import { nicknameSchema } from './classroom';
import type { BindChoice, ServerInfo } from './model';

export const WORKSPACE_VERSION = 1;

export const serverPlanSchema = z.object({
  /** Stable across runs (engine server ids are not). */
  key: z.string().min(1).max(64),
  protocol: protocolSchema,
  port: portSchema,
  bind: bindSchema,
  behaviour: behaviourSchema,
  concurrency: concurrencySchema.default('concurrent'),
  /** Start this server whenever Puerto starts. */
  autostart: z.boolean().default(false),
});

export const recentTargetSchema = z.object({
  protocol: protocolSchema,
  host: hostSchema,
  port: remotePortSchema,
  localPort: portSchema.optional(),
});

export const snippetSchema = z.object({
  id: z.string().min(1).max(64),
  name: z.string().min(1).max(80),
  /** What the composer had: the text as typed, in its mode. */
  mode: z.enum(['text', 'hex']),
  text: z.string().max(64 * 1024),
  lineEnding: z.enum(['none', 'lf', 'crlf']).default('none'),
  encoding: z.enum(['utf-8', 'iso-8859-1', 'ascii', 'utf-16le']).default('utf-8'),
});

/**
 * Where the workbench's splitters were left (issue 11). A value out of bounds, from an older
 * window or a hand edit, falls back to its default instead of refusing the whole workspace.
 */
export const LAYOUT_BOUNDS = {
  sidebarWidth: { min: 240, max: 720, initial: 340 },
  inspectorShare: { min: 0.15, max: 0.85, initial: 0.63 },
  detailShare: { min: 0.2, max: 0.8, initial: 0.38 },
} as const;

function boundedNumber(bounds: { min: number; max: number; initial: number }) {
  return z.number().min(bounds.min).max(bounds.max).catch(bounds.initial).default(bounds.initial);
}

export const layoutSchema = z.object({
  /** The sidebar's width in CSS pixels. */
  sidebarWidth: boundedNumber(LAYOUT_BOUNDS.sidebarWidth),
  /** The share of the window's height below the header that the docked inspector takes. */
  inspectorShare: boundedNumber(LAYOUT_BOUNDS.inspectorShare),
  /** The share of the inspector that its detail pane takes (beside or below the table). */
  detailShare: boundedNumber(LAYOUT_BOUNDS.detailShare),
});

/** A setting left out was never chosen: the window follows the system's language or theme. */
export const settingsSchema = z.object({
  locale: z.enum(['en', 'es']).optional(),
  theme: z.enum(['dark', 'light']).optional(),
  /** Larger type and thicker lines, for a classroom projector. */
  projector: z.boolean().default(false),
  /** What classmates see in their peers list when discovery is on (never turned on by itself). */
  nickname: nicknameSchema.optional(),
  /** Left out until the student moves a splitter: then the window's defaults apply. */
  layout: layoutSchema.optional(),
});

export const workspaceSchema = z.object({
  version: z.literal(WORKSPACE_VERSION),
  servers: z.array(serverPlanSchema).max(500).default([]),
  recentTargets: z.array(recentTargetSchema).max(50).default([]),
  snippets: z.array(snippetSchema).max(500).default([]),
  settings: settingsSchema.default({ projector: false }),
});

export type ServerPlan = z.output<typeof serverPlanSchema>;
export type RecentTarget = z.output<typeof recentTargetSchema>;
export type Snippet = z.output<typeof snippetSchema>;
export type WorkspaceSettings = z.output<typeof settingsSchema>;
export type WorkbenchLayout = z.output<typeof layoutSchema>;
export type Workspace = z.output<typeof workspaceSchema>;

export function emptyWorkspace(): Workspace {
  return workspaceSchema.parse({ version: WORKSPACE_VERSION });
}

/** The name of the file a host keeps the workspace in, inside its data folder. */
export const WORKSPACE_FILE_NAME = 'workspace.json';

/** Loopback without a family means 127.0.0.1 to the engine; a family only matters there. */
function bindKey(bind: BindChoice): string {
  switch (bind.mode) {
    case 'all':
      return 'all';
    case 'loopback':
      return `loopback:${bind.family ?? 'IPv4'}`;
    case 'address':
      return `address:${bind.address ?? ''}`;
  }
}

/** JSON with sorted keys, so two behaviours written in a different key order still compare equal. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value)
      .filter(([, child]) => child !== undefined)
      .sort(([left], [right]) => (left < right ? -1 : left > right ? 1 : 0));
    return `{${entries.map(([key, child]) => `${JSON.stringify(key)}:${canonical(child)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** What a server was asked to be: the parts of a plan (or a running server) that identify it. */
export interface ServerShape {
  protocol: ServerPlan['protocol'];
  port: number;
  bind: BindChoice;
  behaviour: ServerPlan['behaviour'];
  /** Left out means concurrent, as plans saved before the choice existed were. */
  concurrency?: ServerPlan['concurrency'];
}

export function sameServerShape(left: ServerShape, right: ServerShape): boolean {
  return (
    left.protocol === right.protocol &&
    left.port === right.port &&
    bindKey(left.bind) === bindKey(right.bind) &&
    canonical(left.behaviour) === canonical(right.behaviour) &&
    (left.concurrency ?? 'concurrent') === (right.concurrency ?? 'concurrent')
  );
}

/**
 * Whether a running server is the one a plan describes. Engine ids change every run, so the
 * match is by what was asked for: protocol, the port requested (0 stays 0), bind and behaviour.
 */
export function planMatchesServer(plan: ServerShape, server: ServerInfo): boolean {
  return sameServerShape(plan, { ...server, port: server.requestedPort });
}
