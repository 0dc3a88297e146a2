/**
 * PORT and EPRT checked before ftp-srv sees them. ftp-srv hands any number to net.connect, and
 * an out-of-range port makes Node throw; ftp-srv then "replies" with the error's code
 * (`ERR_SOCKET_BAD_PORT`) instead of a number, so the client reads a line that is not an FTP
 * reply at all. Here a malformed argument gets RFC 959's own answer, 501, saying what is wrong.
 */

export interface ActiveModeRefusal {
  code: 501;
  text: string;
}

const BYTE = /^\d{1,3}$/;
const PORT_DIGITS = /^\d{1,5}$/;

const refuse = (why: string): ActiveModeRefusal => ({
  code: 501,
  text: `Syntax error in parameters or arguments: ${why}`,
});

/** RFC 959 §4.1.2: h1,h2,h3,h4,p1,p2, six decimal numbers from 0 to 255; the port is p1×256+p2. */
function checkPort(argument: string): ActiveModeRefusal | undefined {
  const parts = argument.trim().split(',');
  const usage = 'PORT takes six numbers from 0 to 255, h1,h2,h3,h4,p1,p2';
  if (parts.length !== 6 || !parts.every((part) => BYTE.test(part.trim()))) return refuse(usage);
  const numbers = parts.map((part) => Number(part.trim()));
  if (numbers.some((number) => number > 255)) return refuse(`${usage} (none above 255)`);
  const port = (numbers[4] ?? 0) * 256 + (numbers[5] ?? 0);
  if (port === 0) return refuse('port 0 (p1 = p2 = 0) cannot be connected to');
  return undefined;
}

/** RFC 2428 §2: |protocol|address|port|, the port a decimal number from 1 to 65535. */
function checkEprt(argument: string): ActiveModeRefusal | undefined {
  const fields = argument.trim().split('|');
  const port = fields[3] ?? '';
  if (fields.length !== 5 || !PORT_DIGITS.test(port)) {
    return refuse('EPRT takes |protocol|address|port|, for example |1|127.0.0.1|5282|');
  }
  const number = Number(port);
  if (number < 1 || number > 65535) return refuse('the port must be from 1 to 65535');
  return undefined;
}

/** The 501 to answer instead of running PORT or EPRT, or undefined when the argument is well formed. */
export function activeModeRefusal(
  directive: string,
  argument: string,
): ActiveModeRefusal | undefined {
  if (directive === 'PORT') return checkPort(argument);
  if (directive === 'EPRT') return checkEprt(argument);
  return undefined;
}
