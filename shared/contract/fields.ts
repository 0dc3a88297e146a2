/**
 * The field schemas several contract files share: ports, hosts, bind choices and protocols.
 * They live apart from the command table so the workspace schema can reuse them while the
 * command table also names the workspace commands, with no import cycle between the two.
 * Schema messages are i18n keys (`shared/i18n/en/validation.ts` and its Spanish twin), so the
 * boundary can explain a refused field in both languages.
 */
import { z } from 'zod';
import { HOST_NAME_MAX, isHost, isIpAddress, isPort } from './validation';

export const portSchema = z
  .number({ error: 'validation.notNumber' })
  .refine(isPort, { message: 'validation.portRange' });

export const remotePortSchema = z
  .number({ error: 'validation.notNumber' })
  .refine((value) => isPort(value) && value > 0, { message: 'validation.remotePortRange' });

export const hostSchema = z
  .string()
  .trim()
  .min(1, { message: 'validation.hostEmpty' })
  .max(HOST_NAME_MAX, { message: 'validation.hostInvalid' })
  .refine(isHost, { message: 'validation.hostInvalid' });

export const bindSchema = z
  .object({
    mode: z.enum(['all', 'loopback', 'address']),
    address: z
      .string()
      .max(HOST_NAME_MAX, { message: 'validation.addressInvalid' })
      .refine(isIpAddress, { message: 'validation.addressInvalid' })
      .optional(),
    family: z.enum(['IPv4', 'IPv6']).optional(),
  })
  .refine((bind) => bind.mode !== 'address' || bind.address !== undefined, {
    message: 'validation.addressRequired',
    path: ['address'],
  });

export const protocolSchema = z.enum(['tcp', 'udp']);

/**
 * Concurrent (the default): every client is served at once, each on its own connection.
 * Iterative: one client at a time; the others wait in the listen queue until it closes
 * (the lecture's iterative server). TCP only: UDP has no connections to queue.
 */
export const concurrencySchema = z.enum(['concurrent', 'iterative']);
