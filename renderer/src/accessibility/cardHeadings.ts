/**
 * Naive UI's card draws its title as a heading inside a heading, both `role="heading"` with no
 * level, which ARIA requires (axe-core: aria-required-attr, critical) and NCard gives no way to
 * set. Each card title becomes one heading of level 3 (below the page's h1 and the sidebar's
 * h2 sections); its inner wrapper stops being a second one. New cards are caught as they are
 * added: only added elements are looked at, so the inspector's rows rewriting their text cost
 * nothing here.
 */
const CARD_HEADING = '.n-card-header[role="heading"]:not([aria-level])';
const CARD_LEVEL = '3';

function levelWithin(root: Element): void {
  const found = root.matches(CARD_HEADING) ? [root] : [];
  found.push(...root.querySelectorAll(CARD_HEADING));
  for (const heading of found) {
    heading.setAttribute('aria-level', CARD_LEVEL);
    heading
      .querySelector(':scope > .n-card-header__main[role="heading"]')
      ?.setAttribute('role', 'none');
  }
}

/** Keeps every card heading in `root` levelled; returns the function that stops it. */
export function levelCardHeadings(root: HTMLElement): () => void {
  levelWithin(root);
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node instanceof Element && node.firstElementChild !== null) levelWithin(node);
      }
    }
  });
  observer.observe(root, { childList: true, subtree: true });
  return () => observer.disconnect();
}
