import { describe, expect, it } from 'vitest';
import { translate } from '../../../shared/i18n';
import { HttpConversationNotes } from '../../../electron/services/http/httpNotes';
import type { LineNote } from '../../../shared/contract/events';

const bytes = (text: string) => new TextEncoder().encode(text);

/** Feeds `text` in pieces of `size` bytes and gathers every note, as the capture would. */
function notesOf(
  notes: HttpConversationNotes,
  direction: 'in' | 'out',
  text: string,
  size = text.length,
): LineNote[] {
  const all: LineNote[] = [];
  const data = bytes(text);
  for (let offset = 0; offset < data.byteLength; offset += size) {
    const annotation = notes.describe(direction, data.subarray(offset, offset + size));
    expect(annotation.protocol).toBe('http');
    expect(annotation.role).toBe(direction === 'in' ? 'request' : 'response');
    all.push(...(annotation.lines ?? []));
  }
  return all;
}

const keys = (notes: LineNote[]) =>
  notes.map((note) => note.key.replace('services.http.lines.', ''));
/** Consecutive body notes as one: how many depends only on where the chunks happened to cut. */
const shape = (notes: LineNote[]) =>
  keys(notes).filter((key, index, all) => key !== 'body' || all[index - 1] !== 'body');

describe('HttpConversationNotes', () => {
  it('explains each line of a request, however the bytes were chunked', () => {
    const request = 'GET /index.html HTTP/1.1\r\nHost: lab\r\nX-Lab: 1\r\n\r\n';
    for (const size of [request.length, 7, 1]) {
      const notes = notesOf(new HttpConversationNotes(), 'in', request, size);
      expect(keys(notes)).toEqual(['request.get', 'headers.host', 'headers.other', 'endOfHead']);
      expect(notes[0]?.text).toBe('GET /index.html HTTP/1.1');
      expect(translate('en', notes[0]?.key ?? '', notes[0]?.params)).toBe(
        'the client asks for /index.html (method GET, version HTTP/1.1)',
      );
      expect(notes[2]?.params).toEqual({ name: 'x-lab' });
    }
  });

  it('summarises a body by its length and goes back to reading the next request', () => {
    const conversation = new HttpConversationNotes();
    const post = 'POST /form HTTP/1.1\r\nContent-Length: 11\r\n\r\nhello=world';
    const notes = notesOf(conversation, 'in', post + 'GET / HTTP/1.1\r\n\r\n', 5);
    expect(shape(notes)).toEqual([
      'request.post',
      'headers.contentLength',
      'endOfHead',
      'body',
      'request.get',
      'endOfHead',
    ]);
    const bodyBytes = notes
      .filter((note) => note.key.endsWith('.body'))
      .reduce((sum, note) => sum + Number(note.params?.bytes), 0);
    expect(bodyBytes).toBe(11);
  });

  it('knows a response to HEAD has no body even with a Content-Length', () => {
    const conversation = new HttpConversationNotes();
    notesOf(
      conversation,
      'in',
      'HEAD / HTTP/1.1\r\nHost: x\r\n\r\nGET / HTTP/1.1\r\nHost: x\r\n\r\n',
    );
    const response = (body: string) => `HTTP/1.1 200 OK\r\nContent-Length: ${body.length}\r\n\r\n`;
    const notes = notesOf(conversation, 'out', response('hello') + response('hello') + 'hello');
    expect(keys(notes)).toEqual([
      'status.s200',
      'headers.contentLength',
      'endOfHead',
      'status.s200',
      'headers.contentLength',
      'endOfHead',
      'body',
    ]);
  });

  it('follows chunked bodies and explains status lines by code or by class', () => {
    const conversation = new HttpConversationNotes();
    notesOf(conversation, 'in', 'GET / HTTP/1.1\r\n\r\nGET /x HTTP/1.1\r\n\r\n');
    const chunked =
      'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n' +
      'HTTP/1.1 418 I am a teapot\r\nContent-Length: 0\r\n\r\n';
    const notes = notesOf(conversation, 'out', chunked, 3);
    expect(shape(notes)).toEqual([
      'status.s200',
      'headers.transferEncoding',
      'endOfHead',
      'chunkSize',
      'body',
      'lastChunk',
      'endOfHead',
      'status.class4',
      'headers.contentLength',
      'endOfHead',
    ]);
    expect(notes.find((note) => note.key.endsWith('chunkSize'))?.params).toEqual({ bytes: 5 });
  });

  it('marks a line that is not HTTP and bounds the notes of one event', () => {
    const junk = notesOf(new HttpConversationNotes(), 'in', 'HELLO THERE\r\n');
    expect(keys(junk)).toEqual(['request.malformed']);
    const many = 'GET / HTTP/1.1\r\n' + 'X-A: 1\r\n'.repeat(500) + '\r\n';
    const notes = notesOf(new HttpConversationNotes(), 'in', many);
    expect(notes).toHaveLength(60);
    expect(notes.at(-1)?.key).toBe('services.http.lines.moreLines');
    expect(notes.at(-1)?.params).toEqual({ count: 502 - 59 });
  });
});
