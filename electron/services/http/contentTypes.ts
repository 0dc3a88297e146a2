/**
 * Content types for files in a served folder: browser mode's table plus what a student's web
 * folder commonly holds. Unknown extensions are sent as bytes (application/octet-stream).
 */
import { extname } from 'node:path';
import { contentTypeOf as webContentTypeOf } from '../../web/staticFiles';

const MORE_TYPES: Readonly<Record<string, string>> = {
  '.htm': 'text/html; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.pdf': 'application/pdf',
  '.zip': 'application/zip',
  '.mp3': 'audio/mpeg',
  '.wav': 'audio/wav',
  '.mp4': 'video/mp4',
  '.webm': 'video/webm',
  '.avif': 'image/avif',
};

export function contentTypeOf(path: string): string {
  return MORE_TYPES[extname(path).toLowerCase()] ?? webContentTypeOf(path);
}
