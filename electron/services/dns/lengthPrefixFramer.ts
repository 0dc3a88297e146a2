/**
 * DNS over TCP sends each message after its length in two bytes (RFC 1035 §4.2.2; RFC 7766
 * lets a client send several queries on one connection). TCP keeps no message boundaries, so
 * a message may arrive in pieces or several in one chunk; this gathers whole ones. The length
 * field caps a message at 65,535 bytes, so the buffer never holds more than one of them.
 */
export const LENGTH_PREFIX_BYTES = 2;

export class LengthPrefixFramer {
  #pending: Buffer = Buffer.alloc(0);

  get pendingBytes(): number {
    return this.#pending.byteLength;
  }

  /** Bytes the message being gathered still needs; undefined before its length has arrived. */
  get missingBytes(): number | undefined {
    if (this.#pending.byteLength < LENGTH_PREFIX_BYTES) return undefined;
    return LENGTH_PREFIX_BYTES + this.#pending.readUInt16BE(0) - this.#pending.byteLength;
  }

  /** The messages (without their length) that this chunk completes, in order. */
  push(chunk: Uint8Array): Uint8Array[] {
    this.#pending = Buffer.concat([this.#pending, chunk]);
    const messages: Uint8Array[] = [];
    while (this.#pending.byteLength >= LENGTH_PREFIX_BYTES) {
      const end = LENGTH_PREFIX_BYTES + this.#pending.readUInt16BE(0);
      if (this.#pending.byteLength < end) break;
      messages.push(new Uint8Array(this.#pending.subarray(LENGTH_PREFIX_BYTES, end)));
      this.#pending = this.#pending.subarray(end);
    }
    // What waits is copied, so a few bytes left over never keep a whole 64 KB segment alive.
    if (this.#pending.byteLength < this.#pending.buffer.byteLength) {
      this.#pending = Buffer.from(this.#pending);
    }
    return messages;
  }
}

/** A message ready for a TCP stream: its length, then the message. */
export function withLengthPrefix(message: Uint8Array): Uint8Array {
  const framed = Buffer.alloc(LENGTH_PREFIX_BYTES + message.byteLength);
  framed.writeUInt16BE(message.byteLength, 0);
  framed.set(message, LENGTH_PREFIX_BYTES);
  return framed;
}
