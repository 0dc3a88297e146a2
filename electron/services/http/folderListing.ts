/**
 * The page for a folder without index.html: its entries as links, so a student can browse the
 * served folder and watch each click become a GET request.
 */
import type { Locale } from '../../../shared/i18n';
import type { FolderEntry } from '../files/jailedFolder';
import { bilingualPage, escapeHtml, text } from './html';

const KEY = 'services.http.listing';

function row(entry: FolderEntry): string {
  const folder = entry.stats.isDirectory();
  const href = encodeURIComponent(entry.name) + (folder ? '/' : '');
  const name = escapeHtml(entry.name) + (folder ? '/' : '');
  const size = folder ? '' : String(entry.stats.size);
  const modified = entry.stats.mtime.toISOString().replace('T', ' ').slice(0, 19);
  return `<tr><td><a href="${escapeHtml(href)}">${name}</a></td><td>${size}</td><td>${modified}</td></tr>`;
}

function table(locales: readonly Locale[], clientPath: string, entries: readonly FolderEntry[]) {
  const heading = (key: string) =>
    `<th>${locales.map((locale) => text(locale, `${KEY}.${key}`)).join(' · ')}</th>`;
  const parent =
    clientPath === '/' ? '' : '<tr><td><a href="../">../</a></td><td></td><td></td></tr>\n';
  return (
    `<table><tr>${heading('name')}${heading('size')}${heading('modified')}</tr>\n` +
    `${parent}${entries.map(row).join('\n')}</table>`
  );
}

export function folderListing(
  locales: readonly Locale[],
  clientPath: string,
  entries: readonly FolderEntry[],
): string {
  return bilingualPage(
    locales,
    (locale) => text(locale, `${KEY}.title`, { path: clientPath }),
    (locale) => `<p>${text(locale, entries.length === 0 ? `${KEY}.empty` : `${KEY}.intro`)}</p>`,
    table(locales, clientPath, entries),
  );
}
