/**
 * Naive UI's card titles as headings with a level (axe-core aria-required-attr, issue 11):
 * cards on the page at start and cards added later.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { levelCardHeadings } from '../../../renderer/src/accessibility/cardHeadings';

const CARD = `<div class="n-card"><div class="n-card-header" role="heading">
  <div class="n-card-header__main" role="heading">Title</div></div></div>`;

let stop: (() => void) | undefined;
afterEach(() => {
  stop?.();
  document.body.innerHTML = '';
});

describe('levelCardHeadings', () => {
  it('gives each card title one heading with a level, now and when cards are added', async () => {
    document.body.innerHTML = CARD;
    stop = levelCardHeadings(document.body);
    const added = document.createElement('section');
    added.innerHTML = CARD;
    document.body.append(added);
    await new Promise((resolve) => setTimeout(resolve, 0));

    const headers = [...document.querySelectorAll('.n-card-header')];
    expect(headers).toHaveLength(2);
    for (const header of headers) {
      expect(header.getAttribute('aria-level')).toBe('3');
      expect(header.querySelector('.n-card-header__main')?.getAttribute('role')).toBe('none');
    }
    expect(document.querySelectorAll('[role="heading"]')).toHaveLength(2);
  });
});
