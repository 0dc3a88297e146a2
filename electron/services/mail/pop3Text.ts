/**
 * How POP3 puts text on the wire (RFC 1939 §3): single-line replies starting `+OK` or `-ERR`,
 * multi-line ones ending with a line holding only a dot, every line ending in CRLF, and any
 * line of the content that starts with a dot sent with one more dot ("byte-stuffed").
 */

export function ok(text = ''): Buffer {
  return Buffer.from(text === '' ? '+OK\r\n' : `+OK ${text}\r\n`, 'utf8');
}

export function err(text: string): Buffer {
  return Buffer.from(`-ERR ${text}\r\n`, 'utf8');
}

/** Adds the extra dot to every line that starts with one. Lines already end in CRLF. */
export function byteStuffed(content: Buffer): Buffer {
  const text = content.toString('latin1');
  if (!text.startsWith('.') && !text.includes('\n.')) return content;
  return Buffer.from(text.replace(/(^|\n)\./g, '$1..'), 'latin1');
}

/** `+OK first`, the content (CRLF-terminated lines), byte-stuffed, and the final dot. */
export function multiline(first: string, content: Buffer): Buffer {
  const ended = content.byteLength === 0 || content.toString('latin1').endsWith('\r\n');
  return Buffer.concat([
    ok(first),
    byteStuffed(content),
    Buffer.from(ended ? '.\r\n' : '\r\n.\r\n', 'latin1'),
  ]);
}

export function lines(items: readonly string[]): Buffer {
  return Buffer.from(items.map((item) => `${item}\r\n`).join(''), 'utf8');
}

/**
 * TOP (RFC 1939 §7): the headers, the blank line after them, and the first `count` lines of
 * the body. A message without a blank line is all headers.
 */
export function topOf(raw: Buffer, count: number): Buffer {
  const text = raw.toString('latin1');
  const blank = text.indexOf('\r\n\r\n');
  if (blank === -1) return raw;
  const headEnd = blank + 4;
  let end = headEnd;
  for (let line = 0; line < count && end < text.length; line++) {
    const next = text.indexOf('\r\n', end);
    end = next === -1 ? text.length : next + 2;
  }
  return raw.subarray(0, end);
}
