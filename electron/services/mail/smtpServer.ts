/**
 * smtp-server, set up for a lab: mail only for the lab domain (never relayed anywhere else),
 * a plain-text dialogue students can read, no reverse DNS lookups, SIZE announced and
 * enforced, a banner naming Puerto. Conversations reach it as SessionStreams, so the engine
 * still captures every byte.
 */
import type { Socket } from 'node:net';
import { SMTPServer } from 'smtp-server';
import type { SMTPServerAddress, SMTPServerDataStream, SMTPServerSession } from 'smtp-server';
import type { SessionStream } from '../../engine';
import type { Mailbox } from './mailbox';
import type { SmtpOptions } from './mailOptions';
import { deliver, deliveryOf } from './smtpDelivery';

/**
 * What the line guard hands smtp-server instead of a command line over the limit: no client
 * can type a NUL in a command, and smtp-server passes it to `_onCommand`, where it is answered.
 */
export const OVERLONG_LINE = Buffer.from('\u0000PUERTO-OVERLONG-LINE\r\n', 'latin1');
const OVERLONG_COMMAND = OVERLONG_LINE.subarray(0, OVERLONG_LINE.byteLength - 2);

/** Commands a lab server has no use for: sendmail jokes and proxy overrides. */
const ALWAYS_DISABLED = ['AUTH', 'XCLIENT', 'XFORWARD', 'WIZ', 'SHELL', 'KILL'];

type ReplyError = Error & { responseCode: number };

function replyError(code: number, message: string): ReplyError {
  return Object.assign(new Error(message), { responseCode: code });
}

/** `postmaster` must be accepted without a domain (RFC 5321 §4.5.1). */
function localPartFor(address: string, domain: string): string | undefined {
  const at = address.lastIndexOf('@');
  if (at === -1) return address.toLowerCase() === 'postmaster' ? 'postmaster' : undefined;
  const host = address
    .slice(at + 1)
    .toLowerCase()
    .replace(/\.$/, '');
  return host === domain ? address.slice(0, at).toLowerCase() : undefined;
}

export interface SmtpConnectionHandle {
  /** The client was silent too long: 421 and close (RFC 5321 §4.5.3.2). */
  timeOut(): void;
}

export interface LabSmtpServer {
  serve(stream: SessionStream): SmtpConnectionHandle;
}

export function createLabSmtpServer(options: SmtpOptions, mailbox: Mailbox): LabSmtpServer {
  const { domain } = options;
  const localPart = (address: string) => localPartFor(address, domain) ?? address;

  function onRcptTo(
    address: SMTPServerAddress,
    _session: SMTPServerSession,
    callback: (error?: Error | null) => void,
  ): void {
    if (localPartFor(address.address, domain) === undefined) {
      callback(
        replyError(550, `Error: relaying denied, this lab server only accepts mail for ${domain}`),
      );
    } else if (!mailbox.hasRoomFor(0)) {
      callback(replyError(452, 'Error: the lab mailbox is full, delete some mail over POP3'));
    } else {
      callback();
    }
  }

  function onData(
    stream: SMTPServerDataStream,
    session: SMTPServerSession,
    callback: (error?: Error | null, message?: string) => void,
  ): void {
    const chunks: Buffer[] = [];
    let bytes = 0;
    stream.on('data', (chunk: Buffer) => {
      // Past the limit smtp-server answers 552 itself; the rest is only read, not kept.
      if (bytes + chunk.byteLength <= options.maxMessageBytes) chunks.push(chunk);
      bytes += chunk.byteLength;
    });
    stream.once('end', () => {
      if (stream.sizeExceeded || bytes > options.maxMessageBytes) return callback();
      deliver(mailbox, domain, deliveryOf(session, localPart), Buffer.concat(chunks)).then(
        (stored) =>
          stored === undefined
            ? callback(
                replyError(452, 'Error: the lab mailbox is full, delete some mail over POP3'),
              )
            : callback(null, `OK: message accepted, id ${stored.id}`),
        () => callback(replyError(451, 'Error: the message could not be stored')),
      );
    });
  }

  const server = new SMTPServer({
    name: domain,
    banner: 'Puerto lab mail server ready',
    logger: false,
    disableReverseLookup: true,
    authOptional: true,
    disabledCommands: options.starttls ? ALWAYS_DISABLED : ['STARTTLS', ...ALWAYS_DISABLED],
    size: options.maxMessageBytes,
    rejectOversized: true,
    // A backstop behind the line guard, which cannot read commands inside TLS.
    maxCommandLength: options.maxLineBytes,
    onRcptTo,
    onData,
  });
  server.on('error', () => {});

  return {
    serve(stream) {
      // smtp-server writes only to a socket whose readyState says it is open.
      Object.defineProperty(stream, 'readyState', {
        get: () => (stream.writable ? 'open' : 'closed'),
      });
      server.connect(stream as unknown as Socket);
      const connection = [...server.connections].find(
        (each) => each._socket === (stream as unknown),
      );
      if (connection === undefined) {
        stream.destroy();
        return { timeOut: () => {} };
      }
      const onCommand = connection._onCommand.bind(connection);
      connection._onCommand = (command, next) => {
        if (!command.equals(OVERLONG_COMMAND)) return onCommand(command, next);
        connection.send(500, `Error: line too long, the limit is ${options.maxLineBytes} bytes`);
        setImmediate(() => next?.());
      };
      return {
        timeOut: () => connection.send(421, `${domain} Timeout, closing connection`),
      };
    },
  };
}
