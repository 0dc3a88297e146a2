/**
 * Control characters are what students most need to see (did my message end with a line
 * break?), so they get visible stand-ins instead of vanishing.
 */
const VISIBLE_CONTROLS: Readonly<Record<string, string>> = {
  '\n': '↵',
  '\r': '␍',
  '\t': '⇥',
  '\0': '␀',
};

const decoder = new TextDecoder('utf-8');

export const PREVIEW_CHARS = 160;

export function previewPayload(bytes: Uint8Array, maxChars = PREVIEW_CHARS): string {
  const text = decoder.decode(bytes.subarray(0, maxChars * 4));
  // eslint-disable-next-line no-control-regex -- control characters are exactly what to match
  const visible = text.replace(/[\u0000-\u001f\u007f]/g, (char) => VISIBLE_CONTROLS[char] ?? '·');
  const characters = [...visible];
  return characters.length > maxChars ? `${characters.slice(0, maxChars).join('')}…` : visible;
}
