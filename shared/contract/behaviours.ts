/**
 * Every server behaviour a student can pick, with its options: the plain ones (manual, echo,
 * reply) and the classic Internet services. One zod schema validates them at the boundary;
 * the engine looks each up by `name` in its behaviour registry.
 */
import { z } from 'zod';

/** Largest fixed answer a `reply` behaviour may hold. */
export const MAX_REPLY_CHARS = 64 * 1024;

const hexPattern = /^([0-9a-fA-F]{2}\s*)*$/;
const pathText = z.string().trim().min(1).max(4096);
const account = z.object({
  user: z.string().min(1).max(64),
  password: z.string().max(128),
});

export const SIMPLE_SERVICE_NAMES = [
  'discard',
  'daytime',
  'qotd',
  'chargen',
  'time',
  'sntp',
] as const;

export const dnsRecordSchema = z.object({
  /** Relative to the zone (`www`, `@` for the zone itself) or fully qualified (ends in `.`). */
  name: z.string().min(1).max(253),
  type: z.enum(['A', 'AAAA', 'CNAME', 'MX', 'TXT', 'NS', 'SOA']),
  ttl: z.number().int().min(0).max(2_147_483_647).default(300),
  /** A/AAAA: an address; CNAME/NS: a name; MX: "priority name"; TXT: text; SOA: "mname rname". */
  value: z.string().min(1).max(1024),
});

export const behaviourSchema = z.discriminatedUnion('name', [
  z.object({ name: z.literal('manual') }),
  z.object({ name: z.literal('echo') }),
  z
    .object({
      name: z.literal('reply'),
      payload: z.string().max(MAX_REPLY_CHARS),
      encoding: z.enum(['text', 'hex']),
      trigger: z.enum(['message', 'line']),
    })
    .refine((reply) => reply.encoding !== 'hex' || hexPattern.test(reply.payload.trim()), {
      message: 'validation.hexPairs',
      path: ['payload'],
    }),
  ...SIMPLE_SERVICE_NAMES.map((name) => z.object({ name: z.literal(name) })),
  z.object({
    name: z.literal('http'),
    /** A folder to serve; without it, the built-in welcome page. Nothing outside it is read. */
    folder: pathText.optional(),
  }),
  z.object({
    name: z.literal('smtp'),
    domain: z.string().min(1).max(253).default('lab.example'),
    starttls: z.boolean().default(false),
  }),
  z.object({
    name: z.literal('pop3'),
    domain: z.string().min(1).max(253).default('lab.example'),
    accounts: z.array(account).max(100).optional(),
  }),
  z.object({
    name: z.literal('ftp'),
    /** The jail; without it, a small built-in sample tree. */
    root: pathText.optional(),
    readOnly: z.boolean().default(false),
    anonymous: z.boolean().default(true),
    accounts: z.array(account).max(100).optional(),
    passivePortMin: z.number().int().min(1024).max(65535).optional(),
    passivePortMax: z.number().int().min(1024).max(65535).optional(),
  }),
  z.object({
    name: z.literal('dns'),
    origin: z.string().min(1).max(253).default('lab.example'),
    records: z.array(dnsRecordSchema).max(1000).optional(),
  }),
  z.object({
    name: z.literal('snmp'),
    community: z.string().min(1).max(64).default('public'),
    sysContact: z.string().max(255).optional(),
    sysName: z.string().max(255).optional(),
    sysLocation: z.string().max(255).optional(),
  }),
]);

export type BehaviourConfig = z.output<typeof behaviourSchema>;
/** What a form may send: options with defaults can be left out. */
export type BehaviourConfigInput = z.input<typeof behaviourSchema>;
export type BehaviourName = BehaviourConfig['name'];
export type ReplyTrigger = 'message' | 'line';
export type PayloadEncoding = 'text' | 'hex';
