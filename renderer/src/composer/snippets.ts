/**
 * A snippet is a named draft kept in the workspace (shared/contract/workspace.ts sets the
 * limits). Saving under a name that exists replaces that snippet instead of adding a twin.
 */
import type { Snippet } from '../../../shared/contract';
import type { ComposerDraft, ComposerProblem } from './types';

export const MAX_SNIPPET_NAME = 80;
export const MAX_SNIPPET_TEXT = 64 * 1024;

export function snippetProblem(name: string, draft: ComposerDraft): ComposerProblem | undefined {
  const trimmed = name.trim();
  if (trimmed === '') return { key: 'composer.snippets.nameEmpty', params: {} };
  if (trimmed.length > MAX_SNIPPET_NAME) {
    return { key: 'composer.snippets.nameTooLong', params: { max: MAX_SNIPPET_NAME } };
  }
  if (draft.text === '') return { key: 'composer.snippets.textEmpty', params: {} };
  if (draft.text.length > MAX_SNIPPET_TEXT) {
    return { key: 'composer.snippets.textTooLong', params: { max: MAX_SNIPPET_TEXT } };
  }
  return undefined;
}

let created = 0;

function newSnippetId(): string {
  const random = globalThis.crypto?.randomUUID?.();
  created += 1;
  return random ?? `snippet-${Date.now().toString(36)}-${created}`;
}

export function snippetFromDraft(
  name: string,
  draft: ComposerDraft,
  existing: readonly Snippet[],
): Snippet {
  const trimmed = name.trim();
  const same = existing.find(
    (snippet) => snippet.name.toLocaleLowerCase() === trimmed.toLocaleLowerCase(),
  );
  return {
    id: same?.id ?? newSnippetId(),
    name: trimmed,
    mode: draft.mode,
    text: draft.text,
    lineEnding: draft.lineEnding,
    encoding: draft.encoding,
  };
}

export function draftFromSnippet(snippet: Snippet): ComposerDraft {
  return {
    mode: snippet.mode,
    text: snippet.text,
    lineEnding: snippet.lineEnding,
    encoding: snippet.encoding,
  };
}
