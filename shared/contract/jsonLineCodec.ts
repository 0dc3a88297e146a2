/**
 * JSON text for line-oriented channels (a host's stdin/stdout, one message a line), which cannot
 * carry binary frames. JSON cannot carry `Uint8Array`, so bytes are wrapped as
 * `{ "$bytes": base64 }`. Browser mode uses the binary wire (wireCodec.ts) instead, and Electron
 * IPC needs neither: structured clone carries `Uint8Array` natively.
 */
const BYTES_KEY = '$bytes';

function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let offset = 0; offset < bytes.length; offset += chunk) {
    binary += String.fromCharCode(...bytes.subarray(offset, offset + chunk));
  }
  return btoa(binary);
}

function base64ToBytes(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

export function encodeJsonLine(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    item instanceof Uint8Array ? { [BYTES_KEY]: bytesToBase64(item) } : item,
  );
}

export function decodeJsonLine(text: string): unknown {
  return JSON.parse(text, (_key, item: unknown) => {
    if (
      typeof item === 'object' &&
      item !== null &&
      Object.keys(item).length === 1 &&
      typeof (item as Record<string, unknown>)[BYTES_KEY] === 'string'
    ) {
      return base64ToBytes((item as Record<string, string>)[BYTES_KEY] as string);
    }
    return item;
  });
}
