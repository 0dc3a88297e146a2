/**
 * Which key press is which shortcut, and how a shortcut reaches the element it names. Pure
 * (no Vue), so the rules are tested on their own. Components mark their targets with
 * `data-shortcut="search" | "new-server" | "new-client" | "message"`; the composer handles
 * Ctrl+Enter.
 */
export const SHORTCUT_NAMES = [
  'send',
  'message',
  'search',
  'newServer',
  'newClient',
  'projector',
] as const;
export type ShortcutName = (typeof SHORTCUT_NAMES)[number];

/** The `data-shortcut` value of the element each focusing shortcut moves to. */
export const SHORTCUT_TARGETS = {
  search: 'search',
  newServer: 'new-server',
  newClient: 'new-client',
  message: 'message',
} as const satisfies Partial<Record<ShortcutName, string>>;

export type FocusShortcut = keyof typeof SHORTCUT_TARGETS;

export interface KeyPress {
  key: string;
  /** The physical key: Option+S on a Mac types "ß", but its code is still KeyS. */
  code: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

/**
 * Ctrl (⌘ on a Mac) combinations work everywhere; the others only when the student is not
 * typing, so "/" and Alt+letters still reach a text box. AltGr reports Ctrl and Alt together:
 * it types characters (@ and # on Spanish keyboards), so it is never a shortcut.
 */
export function shortcutFor(press: KeyPress, typing: boolean): ShortcutName | null {
  const command = press.ctrlKey || press.metaKey;
  if (command && !press.altKey && !press.shiftKey && press.code === 'KeyF') return 'search';
  if (typing || command) return null;
  if (press.key === '/' && !press.altKey) return 'search';
  if (!press.altKey || press.shiftKey) return null;
  switch (press.code) {
    case 'KeyS':
      return 'newServer';
    case 'KeyC':
      return 'newClient';
    case 'KeyP':
      return 'projector';
    case 'KeyM':
      return 'message';
    default:
      return null;
  }
}

/** Inputs that are pressed or picked, not typed in: Alt+letters mean nothing to them. */
const UNTYPED_INPUTS = new Set([
  'checkbox',
  'radio',
  'button',
  'submit',
  'reset',
  'range',
  'color',
  'file',
  'image',
]);

/**
 * Whether a key press goes into text the student is typing. A radio button or a checkbox is an
 * <input> too, but takes no letters: counting it as typing made Alt+C do nothing while a form's
 * radio button had the focus (issue 11).
 */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLInputElement) return !UNTYPED_INPUTS.has(target.type);
  return target.matches('textarea, select');
}

const FOCUSABLE =
  'input:not([disabled]):not([type="hidden"]), textarea:not([disabled]), select:not([disabled]), button:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * Focuses the element marked `data-shortcut="<name>"`, or the first focusable one inside it
 * (a component library's input is a wrapper around the real one). False when there is none
 * on screen, so the browser may handle the key itself (its own find for Ctrl+F).
 */
export function focusShortcutTarget(name: string, root: Document = document): boolean {
  const marked = root.querySelector<HTMLElement>(`[data-shortcut="${name}"]`);
  if (marked === null) return false;
  const target = marked.matches(FOCUSABLE) ? marked : marked.querySelector<HTMLElement>(FOCUSABLE);
  if (target === null) return false;
  target.focus();
  if (root.activeElement !== target) return false;
  target.scrollIntoView?.({ block: 'nearest' });
  if (target instanceof HTMLInputElement) target.select();
  return true;
}
