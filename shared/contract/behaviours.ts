/**
 * Every server behaviour a student can pick, with its options: the plain ones (manual, echo,
 * reply) and the classic Internet services. One zod schema validates them at the boundary;
 * the engine looks each up by `name` in its behaviour registry.
 */
import { z } from 'zod';
import { isDnsName, zoneProblems } from './dnsRecords';

/** Largest fixed answer a `reply` behaviour may hold. */
export const MAX_REPLY_CHARS = 64 * 1024;

/** Upper bounds of the http service's limits (their defaults are far below). */
export const MAX_HTTP_BODY_BYTES = 16 * 1024 * 1024;
export const MAX_HTTP_HEADER_BYTES = 256 * 1024;

/** Upper bound of the smtp service's message size limit (its default is 1 MiB). */
export const MAX_MAIL_MESSAGE_BYTES = 16 * 1024 * 1024;

const hexPattern = /^([0-9a-fA-F]{2}\s*)*$/;
const pathText = z.string().trim().min(1).max(4096);
const idleSeconds = z
  .number()
  .int()
  .min(1)
  .max(24 * 60 * 60);
/** A timeout that tests (and impatient labs) may set below one second. */
const timeoutSeconds = z
  .number()
  .min(0.1)
  .max(60 * 60);
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
  /**
   * Relative to the zone (`www`, `@` for the zone itself), fully qualified (ends in `.`), or
   * already ending in the zone's domain (see `dnsRecords.ts`).
   */
  name: z.string().min(1).max(253),
  type: z.enum(['A', 'AAAA', 'CNAME', 'MX', 'TXT', 'NS', 'SOA']),
  ttl: z.number().int().min(0).max(2_147_483_647).default(300),
  /**
   * A/AAAA: an address; CNAME/NS: a name; MX: "priority name"; TXT: text; SOA: "mname rname"
   * optionally followed by "serial refresh retry expire minimum".
   */
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
    /** Largest request body (POST) accepted; a larger one is answered 413. Default 64 KiB. */
    maxBodyBytes: z.number().int().min(0).max(MAX_HTTP_BODY_BYTES).optional(),
    /** Largest request line plus headers; larger is answered 431. Default 16 KiB. */
    maxHeaderBytes: z.number().int().min(1024).max(MAX_HTTP_HEADER_BYTES).optional(),
    /** Seconds a connection may stay silent between requests before it is closed. Default 60. */
    idleSeconds: idleSeconds.optional(),
    /**
     * Seconds from the first byte of a request to the end of its head; slower is answered 408
     * and closed (slowloris). Default 30: time to type a request into netcat.
     */
    headerTimeoutSeconds: timeoutSeconds.optional(),
    /** Seconds a kept-alive connection waits for the next request after a response. Default 5. */
    keepAliveSeconds: timeoutSeconds.optional(),
  }),
  z.object({
    name: z.literal('smtp'),
    /** Mail is accepted only for this domain; any other recipient is refused (no relaying). */
    domain: z
      .string()
      .min(1)
      .max(253)
      .refine(isDnsName, { message: 'validation.dnsName' })
      .default('lab.example'),
    /** Offer STARTTLS, with a lab-only certificate whose key is public (teaches the handshake). */
    starttls: z.boolean().default(false),
    /** Largest message (DATA), announced with SIZE; larger is answered 552. Default 1 MiB. */
    maxMessageBytes: z.number().int().min(1024).max(MAX_MAIL_MESSAGE_BYTES).optional(),
    /** Longest command line, CRLF included; longer is answered 500. Default 1000 bytes. */
    maxLineBytes: z
      .number()
      .int()
      .min(512)
      .max(64 * 1024)
      .optional(),
    /** Seconds a client may stay silent before the server says 421 and closes. Default 300. */
    idleSeconds: idleSeconds.optional(),
  }),
  z.object({
    name: z.literal('pop3'),
    /** The mail domain its users belong to (`alumno` reads the mail of alumno at this domain). */
    domain: z
      .string()
      .min(1)
      .max(253)
      .refine(isDnsName, { message: 'validation.dnsName' })
      .default('lab.example'),
    /** Without accounts, any user name logs in with itself as password (alumno / alumno). */
    accounts: z.array(account).max(100).optional(),
    /**
     * Without accounts: the one password every user name logs in with, set by the instructor.
     * Without it (the default), each user name is its own password.
     */
    labPassword: z.string().min(1).max(128).optional(),
    /**
     * Commands a client may send ahead without reading the replies; beyond it the server
     * explains and closes. Default 64.
     */
    maxPipelinedCommands: z.number().int().min(1).max(10_000).optional(),
    /** Longest command line, CRLF included; longer is answered -ERR. Default 512 bytes. */
    maxLineBytes: z
      .number()
      .int()
      .min(255)
      .max(8 * 1024)
      .optional(),
    /** Seconds a client may stay silent before the server closes (RFC 1939: at least 600). */
    idleSeconds: idleSeconds.optional(),
  }),
  z
    .object({
      name: z.literal('ftp'),
      /** The jail; without it, a small built-in sample tree. */
      root: pathText.optional(),
      readOnly: z.boolean().default(false),
      anonymous: z.boolean().default(true),
      accounts: z.array(account).max(100).optional(),
      passivePortMin: z.number().int().min(1024).max(65535).optional(),
      passivePortMax: z.number().int().min(1024).max(65535).optional(),
      /** Seconds a control connection may stay silent before it is closed. Default 300. */
      idleSeconds: idleSeconds.optional(),
    })
    .refine(
      (ftp) =>
        ftp.passivePortMin === undefined ||
        ftp.passivePortMax === undefined ||
        ftp.passivePortMin <= ftp.passivePortMax,
      { message: 'validation.passivePortRange', path: ['passivePortMax'] },
    ),
  z
    .object({
      name: z.literal('dns'),
      origin: z
        .string()
        .min(1)
        .max(253)
        .refine(isDnsName, { message: 'validation.dnsName' })
        .default('lab.example'),
      /** Without records, the ready lab zone (`shared/catalogue/labZone.ts`). */
      records: z.array(dnsRecordSchema).max(1000).optional(),
    })
    .superRefine((dns, context) => {
      for (const problem of zoneProblems(dns.origin, dns.records ?? [])) {
        context.addIssue({
          code: 'custom',
          message: problem.reason,
          path: ['records', problem.index, problem.field],
        });
      }
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
