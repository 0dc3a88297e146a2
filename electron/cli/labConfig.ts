/**
 * `serve --config lab.json`: the services' options (http folder, ftp root, mail accounts, DNS
 * zone, SNMP values) and each server's settings (one client at a time) read from a file. The file is checked here only for its shape and for
 * each service's own rules; the options are then merged into the `startServer` requests, which
 * still go through the boundary, so a server is refused exactly as the window would refuse it.
 */
import { dirname, resolve } from 'node:path';
import { z } from 'zod';
import { behaviourSchema } from '../../shared/contract/behaviours';
import { concurrencySchema } from '../../shared/contract/fields';
import type { Concurrency } from '../../shared/contract/model';
import type { PuertoError } from '../../shared/contract/errors';
import { issueToError } from '../boundary';
import { CONFIG_MAX_BYTES, ConfigFileProblem, readJsonObjectFile } from './configFileReader';
import type { PlannedServer } from './serverPlan';

/** Each configurable service's options, as written in the file (paths made absolute). */
export type ServiceOptions = Readonly<Record<string, Readonly<Record<string, unknown>>>>;

/** What the file may say of one server of the command line, named `tcp/7007`. */
export interface ServerSettings {
  concurrency?: Concurrency;
  /** Most connections a TCP server serves at once; more are reset and counted (issue 12). */
  maxConnections?: number;
}

export interface LabConfig {
  /** The file's path, to name it when a setting does not fit the command line. */
  file?: string;
  services: ServiceOptions;
  servers: Readonly<Record<string, ServerSettings>>;
}

export const EMPTY_LAB_CONFIG: LabConfig = { services: {}, servers: {} };

/** A server's name in the file: its protocol and port, as `--tcp`/`--udp` give them. */
const SERVER_KEY = /^(tcp|udp)\/(\d{1,5})$/;

const serverSettingsSchema = z.strictObject({
  concurrency: concurrencySchema.optional(),
  maxConnections: z.number().int().min(1).max(65_535).optional(),
});

/** A file that cannot be used: an i18n key under `cli.errors`, and the boundary's error if any. */
export class ConfigError extends Error {
  constructor(
    readonly key: string,
    readonly params: Record<string, string>,
    readonly fieldError?: PuertoError,
  ) {
    super(`Configuration error: ${key}`);
  }
}

type Variant = (typeof behaviourSchema.options)[number];

function variantName(variant: Variant): string {
  return String((variant.shape.name as z.ZodLiteral<string>).value);
}

/** The behaviours with options worth a file: every variant but the plain ones and `reply`. */
const SERVICE_VARIANTS = new Map(
  behaviourSchema.options
    .filter((variant) => Object.keys(variant.shape).length > 1 && variantName(variant) !== 'reply')
    .map((variant) => [variantName(variant), variant] as const),
);

export const CONFIGURABLE_SERVICES: readonly string[] = [...SERVICE_VARIANTS.keys()];

/** Options whose value is a path on this machine, per service. */
const PATH_OPTIONS: Readonly<Record<string, readonly string[]>> = {
  http: ['folder'],
  ftp: ['root'],
};

function optionsSchema(variant: Variant) {
  const fields = Object.fromEntries(
    Object.entries(variant.shape).filter(([field]) => field !== 'name'),
  ) as Record<string, z.ZodType>;
  return z.strictObject(fields);
}

/** The file's shape, built from the contract's variants, so a new option needs no change here. */
export const labConfigSchema = z
  .strictObject({
    services: z
      .strictObject(
        Object.fromEntries(
          [...SERVICE_VARIANTS].map(([name, variant]) => [name, optionsSchema(variant).optional()]),
        ),
      )
      .default({}),
    servers: z.record(z.string(), serverSettingsSchema).default({}),
  })
  .superRefine((config, context) => {
    // The cross-field rules (passive port range, zone problems) live in the variants' refinements.
    for (const [name, options] of Object.entries(config.services)) {
      const variant = SERVICE_VARIANTS.get(name);
      if (variant === undefined || options === undefined) continue;
      const parsed = variant.safeParse({ ...options, name });
      for (const issue of parsed.success ? [] : parsed.error.issues) {
        context.addIssue({ ...issue, path: ['services', name, ...issue.path] } as never);
      }
    }
  });

function readJson(file: string, maxBytes: number): object {
  try {
    return readJsonObjectFile(file, maxBytes);
  } catch (cause) {
    if (cause instanceof ConfigFileProblem) throw new ConfigError(cause.key, cause.params);
    throw cause;
  }
}

function toConfigError(file: string, issue: z.core.$ZodIssue): ConfigError {
  const { path } = issue;
  if (issue.code === 'unrecognized_keys') {
    const [key = ''] = issue.keys;
    if (path.length === 1 && path[0] === 'services') {
      const services = CONFIGURABLE_SERVICES.join(', ');
      return new ConfigError('configUnknownService', { file, service: key, services });
    }
    const variant =
      path.length === 2 && path[0] === 'services'
        ? SERVICE_VARIANTS.get(String(path[1]))
        : undefined;
    const allowed = variant
      ? Object.keys(variant.shape).filter((field) => field !== 'name')
      : path[0] === 'servers'
        ? Object.keys(serverSettingsSchema.shape)
        : ['services', 'servers'];
    const field = [...path.map(String), key].join('.');
    return new ConfigError('configUnknownField', { file, field, allowed: allowed.join(', ') });
  }
  return new ConfigError('configField', { file }, issueToError(issue));
}

/**
 * Reads and checks `file` (at most `maxBytes`); throws ConfigError naming the file and the field.
 */
export function loadLabConfig(file: string, maxBytes = CONFIG_MAX_BYTES): LabConfig {
  const parsed = labConfigSchema.safeParse(readJson(file, maxBytes));
  if (!parsed.success) {
    const [first] = parsed.error.issues;
    throw first
      ? toConfigError(file, first)
      : new ConfigError('configNotJson', { file, reason: '' });
  }
  const folder = dirname(resolve(file));
  const services: Record<string, Record<string, unknown>> = {};
  for (const [name, options] of Object.entries(parsed.data.services)) {
    if (options === undefined) continue;
    const resolved: Record<string, unknown> = { ...options };
    for (const option of PATH_OPTIONS[name] ?? []) {
      const value = resolved[option];
      if (typeof value === 'string') resolved[option] = resolve(folder, value.trim());
    }
    services[name] = resolved;
  }
  for (const key of Object.keys(parsed.data.servers)) {
    if (!SERVER_KEY.test(key)) throw new ConfigError('configServerKey', { file, key });
  }
  return { file, services, servers: parsed.data.servers };
}

function serverKey(server: PlannedServer): string {
  return `${String(server.request.protocol)}/${String(server.request.port)}`;
}

/** Gives each server its settings from the file; a setting for no server is a mistake to tell. */
function applyServerSettings(planned: PlannedServer[], config: LabConfig): PlannedServer[] {
  const keys = new Set(planned.map(serverKey));
  for (const key of Object.keys(config.servers)) {
    if (!keys.has(key)) {
      const servers = [...keys].join(', ');
      throw new ConfigError('configServerUnknown', { file: config.file ?? '', key, servers });
    }
  }
  return planned.map((server) => {
    const settings = config.servers[serverKey(server)];
    if (settings === undefined) return server;
    const request = { ...server.request };
    if (settings.concurrency !== undefined) request.concurrency = settings.concurrency;
    if (settings.maxConnections !== undefined) request.maxConnections = settings.maxConnections;
    return { ...server, request };
  });
}

/**
 * Gives every server of a configured service that service's options, and each server named in
 * `servers` its settings. Throws ConfigError for a setting that names no server of the command.
 */
export function applyLabConfig(planned: PlannedServer[], config: LabConfig): PlannedServer[] {
  return applyServerSettings(planned, config).map((server) => {
    const behaviour = server.request.behaviour as Record<string, unknown>;
    const options = config.services[String(behaviour.name)];
    if (options === undefined) return server;
    return { ...server, request: { ...server.request, behaviour: { ...options, ...behaviour } } };
  });
}
