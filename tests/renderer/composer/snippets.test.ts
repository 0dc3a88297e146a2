import { describe, expect, it } from 'vitest';
import { snippetSchema } from '../../../shared/contract';
import {
  draftFromSnippet,
  snippetFromDraft,
  snippetProblem,
} from '../../../renderer/src/composer/snippets';
import { EMPTY_DRAFT } from '../../../renderer/src/composer/types';

const draft = { ...EMPTY_DRAFT, text: 'GET / HTTP/1.0', lineEnding: 'crlf' as const };

describe('snippets', () => {
  it('makes a snippet the workspace schema accepts, and a draft back from it', () => {
    const snippet = snippetFromDraft('  HTTP  ', draft, []);
    expect(snippetSchema.parse(snippet)).toEqual(snippet);
    expect(snippet.name).toBe('HTTP');
    expect(draftFromSnippet(snippet)).toEqual(draft);
  });

  it('replaces a snippet saved under the same name instead of adding a twin', () => {
    const first = snippetFromDraft('http', draft, []);
    const second = snippetFromDraft('HTTP', { ...draft, text: 'HEAD /' }, [first]);
    expect(second.id).toBe(first.id);
    expect(snippetFromDraft('other', draft, [first]).id).not.toBe(first.id);
  });

  it('explains a missing or long name and an empty message', () => {
    expect(snippetProblem(' ', draft)?.key).toBe('composer.snippets.nameEmpty');
    expect(snippetProblem('x'.repeat(81), draft)?.key).toBe('composer.snippets.nameTooLong');
    expect(snippetProblem('name', { ...draft, text: '' })?.key).toBe('composer.snippets.textEmpty');
    expect(snippetProblem('name', { ...draft, text: 'x'.repeat(64 * 1024 + 1) })?.key).toBe(
      'composer.snippets.textTooLong',
    );
    expect(snippetProblem('name', draft)).toBeUndefined();
  });
});
