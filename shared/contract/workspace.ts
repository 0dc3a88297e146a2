/**
 * What Puerto remembers between runs: the servers a student set up (and which of them start
 * when Puerto starts, like the lecture's server invoked at boot), recent client targets, saved
 * snippets and settings. Stored as one JSON file by the host; validated on every load, so a
 * damaged file is reported and never crashes anything.
 */
import { z } from 'zod';
import {
  behaviourSchema,
  bindSchema,
  hostSchema,
  portSchema,
  protocolSchema,
  remotePortSchema,
} from './commands';

export const WORKSPACE_VERSION = 1;

export const serverPlanSchema = z.object({
  /** Stable across runs (engine server ids are not). */
  key: z.string().min(1).max(64),
  protocol: protocolSchema,
  port: portSchema,
  bind: bindSchema,
  behaviour: behaviourSchema,
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

export const settingsSchema = z.object({
  locale: z.enum(['en', 'es']).optional(),
  theme: z.enum(['dark', 'light']).default('dark'),
  projector: z.boolean().default(false),
});

export const workspaceSchema = z.object({
  version: z.literal(WORKSPACE_VERSION),
  servers: z.array(serverPlanSchema).max(500).default([]),
  recentTargets: z.array(recentTargetSchema).max(50).default([]),
  snippets: z.array(snippetSchema).max(500).default([]),
  settings: settingsSchema.default({ theme: 'dark', projector: false }),
});

export type ServerPlan = z.output<typeof serverPlanSchema>;
export type RecentTarget = z.output<typeof recentTargetSchema>;
export type Snippet = z.output<typeof snippetSchema>;
export type WorkspaceSettings = z.output<typeof settingsSchema>;
export type Workspace = z.output<typeof workspaceSchema>;

export function emptyWorkspace(): Workspace {
  return workspaceSchema.parse({ version: WORKSPACE_VERSION });
}
