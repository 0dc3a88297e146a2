/**
 * What was sent this session, recalled with the up and down arrows as in a shell: up walks
 * back, down walks forward, and walking past the newest entry returns the draft the student
 * was writing before they started walking.
 */
import type { ComposerDraft } from './types';

export const MAX_HISTORY = 100;

function same(first: ComposerDraft, second: ComposerDraft): boolean {
  return (
    first.mode === second.mode &&
    first.text === second.text &&
    first.lineEnding === second.lineEnding &&
    first.encoding === second.encoding
  );
}

export class MessageHistory {
  #entries: ComposerDraft[] = [];
  /** Index into entries while walking; equal to `entries.length` when not walking. */
  #cursor = 0;
  #unsent: ComposerDraft | undefined;

  get size(): number {
    return this.#entries.length;
  }

  record(draft: ComposerDraft): void {
    if (draft.text === '') return;
    const last = this.#entries.at(-1);
    if (last === undefined || !same(last, draft)) this.#entries.push({ ...draft });
    if (this.#entries.length > MAX_HISTORY) this.#entries.shift();
    this.#cursor = this.#entries.length;
    this.#unsent = undefined;
  }

  /** The older entry, or `undefined` when there is none (the draft stays as it is). */
  previous(current: ComposerDraft): ComposerDraft | undefined {
    if (this.#cursor === 0) return undefined;
    if (this.#cursor === this.#entries.length) this.#unsent = { ...current };
    this.#cursor -= 1;
    return { ...(this.#entries[this.#cursor] as ComposerDraft) };
  }

  /** The newer entry, then the unsent draft, then `undefined`. */
  next(): ComposerDraft | undefined {
    if (this.#cursor >= this.#entries.length) return undefined;
    this.#cursor += 1;
    if (this.#cursor < this.#entries.length) {
      return { ...(this.#entries[this.#cursor] as ComposerDraft) };
    }
    const unsent = this.#unsent;
    this.#unsent = undefined;
    return unsent === undefined ? undefined : { ...unsent };
  }
}
