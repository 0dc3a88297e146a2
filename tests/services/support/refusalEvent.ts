/**
 * What every refusal a service reports must look like (issue 12): one error event with its code,
 * the sender, the refusal and its limit, explained in both languages with every placeholder
 * filled and the sender named.
 */
import { expect } from 'vitest';
import type { ErrorEvent } from '../../../shared/contract/events';
import { explainError } from '../../../shared/i18n';

export interface ExpectedRefusal {
  code: string;
  refusal: string;
  limit: number;
  english: RegExp;
  spanish: RegExp;
}

export function expectRefusalEvent(
  errors: readonly ErrorEvent[],
  port: number,
  expected: ExpectedRefusal,
): void {
  expect(errors).toHaveLength(1);
  const [event] = errors;
  if (event === undefined) throw new Error('no error event');
  expect(event.error.code).toBe(expected.code);
  expect(event.error.details).toMatchObject({
    address: '127.0.0.1',
    port,
    refusal: expected.refusal,
    limit: expected.limit,
  });
  expect(event.remote).toMatchObject({ address: '127.0.0.1', port });
  const english = explainError('en', event.error);
  const spanish = explainError('es', event.error);
  expect(english.title).toMatch(expected.english);
  expect(spanish.title).toMatch(expected.spanish);
  for (const text of [english, spanish].flatMap((explained) => Object.values(explained))) {
    expect(text).not.toMatch(/[{}]|errors\./);
  }
  expect(english.explain).toContain(`127.0.0.1:${port}`);
  expect(spanish.explain).toContain(`127.0.0.1:${port}`);
  expect(english.title).not.toBe(spanish.title);
}
