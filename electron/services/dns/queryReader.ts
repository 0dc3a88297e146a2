/**
 * Reads a DNS message's header and first question straight from the bytes (RFC 1035 §4.1).
 * The server copies the question into its answer exactly as it came (case, type and class
 * included), so it keeps the question's byte range rather than a re-encoding.
 */
export const HEADER_BYTES = 12;
/** RFC 1035 §2.3.4: 255 octets on the wire, the final zero-length label included. */
const MAX_NAME_WIRE_BYTES = 255;

export interface DnsHeader {
  id: number;
  /** The 16 flag bits: QR, OPCODE, AA, TC, RD, RA, Z, AD, CD, RCODE. */
  flags: number;
  isResponse: boolean;
  opcode: number;
  recursionDesired: boolean;
  questionCount: number;
  answerCount: number;
  authorityCount: number;
  additionalCount: number;
}

export interface DnsQuestion {
  /** In presentation form, lower case, without the final dot; `.` for the root. */
  name: string;
  type: number;
  class: number;
  /** Where the question ends: bytes 12..end are copied into the answer. */
  end: number;
}

/** Undefined when the message is shorter than a header. */
export function readHeader(bytes: Uint8Array): DnsHeader | undefined {
  if (bytes.byteLength < HEADER_BYTES) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const flags = view.getUint16(2);
  return {
    id: view.getUint16(0),
    flags,
    isResponse: (flags & 0x8000) !== 0,
    opcode: (flags >> 11) & 0xf,
    recursionDesired: (flags & 0x0100) !== 0,
    questionCount: view.getUint16(4),
    answerCount: view.getUint16(6),
    authorityCount: view.getUint16(8),
    additionalCount: view.getUint16(10),
  };
}

/**
 * A label in presentation form (RFC 1035 §5.1 \DDD escapes): a dot or backslash inside a
 * label, or a byte that is not printable, is written as its decimal code, so such a label can
 * never be mistaken for a separator and match a name of the zone.
 */
function labelText(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) {
    const plain = byte > 0x20 && byte < 0x7f && byte !== 0x2e && byte !== 0x5c;
    text += plain ? String.fromCharCode(byte).toLowerCase() : `\\${String(byte).padStart(3, '0')}`;
  }
  return text;
}

/**
 * The question at `offset`, or undefined when it is malformed: cut short, a label too long,
 * or a compression pointer (nothing precedes the first question for it to point to).
 */
export function readQuestion(bytes: Uint8Array, offset = HEADER_BYTES): DnsQuestion | undefined {
  const labels: string[] = [];
  let position = offset;
  for (;;) {
    const length = bytes[position];
    if (length === undefined || length > 63) return undefined;
    position += 1;
    if (length === 0) break;
    if (position + length > bytes.byteLength) return undefined;
    labels.push(labelText(bytes.subarray(position, position + length)));
    position += length;
    if (position - offset > MAX_NAME_WIRE_BYTES) return undefined;
  }
  if (position + 4 > bytes.byteLength) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return {
    name: labels.length === 0 ? '.' : labels.join('.'),
    type: view.getUint16(position),
    class: view.getUint16(position + 2),
    end: position + 4,
  };
}
