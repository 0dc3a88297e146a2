/**
 * Property-based tests of the smtp service's line reader and notes (issue 12): command lines of
 * any length and content, floods of empty lines, DATA without a 354, bytes of any kind, cut into
 * TCP segments anywhere. The reader never keeps a line past the limit, how a stream is cut
 * never changes the commands it reads, and each event is explained in bounded time and size.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { SMTP_DEFAULTS } from '../../electron/services/mail/mailOptions';
import { SmtpDialogue } from '../../electron/services/mail/smtpDialogue';
import { SmtpConversationNotes } from '../../electron/services/mail/smtpNotes';
import {
  check,
  expectBoundedConversation,
  concatBytes,
  lineStream,
  printSlowest,
  splitAt,
} from './propertySupport';

afterAll(() => printSlowest('smtp'));

/** As many notes per event as the http notes keep (MAX_NOTES_PER_EVENT). */
const MAX_NOTES_PER_EVENT = 60;
/** Each note shows at most 200 characters of its line and of its argument. */
const MAX_EVENT_NOTE_CHARS = 64 * 1024;
const LIMIT = SMTP_DEFAULTS.maxLineBytes;

const long = fc.integer({ min: 0, max: 3 * LIMIT }).map((length) => 'A'.repeat(length));
const command = fc.oneof(
  fc.constantFrom('EHLO pc', 'HELO pc', 'MAIL FROM:<a@b>', 'RCPT TO:<alumno@lab.example>'),
  fc.constantFrom(
    'DATA',
    'RSET',
    'NOOP',
    'QUIT',
    'STARTTLS',
    'AUTH PLAIN AGFsdW1ubwBhbHVtbm8=',
    '',
  ),
  fc.constantFrom('.', '..', 'Subject: hi', ' '),
  long.map((text) => `MAIL FROM:<${text}>`),
  fc.string({ maxLength: 80 }),
);
const reply = fc.oneof(
  fc.constantFrom('220 lab ready', '250 OK', '250-PIPELINING', '354 go ahead', '221 bye'),
  fc.constantFrom('500 line too long', '503 bad sequence', '999 what', 'no code'),
  fc.string({ maxLength: 80 }),
);

/** The commands read from a stream and the bytes refused as over-long, however it is cut. */
function commandsOf(pieces: readonly Uint8Array[]) {
  const dialogue = new SmtpDialogue(LIMIT);
  const commands: string[] = [];
  let overlong = 0;
  let longest = 0;
  for (const piece of pieces) {
    for (const part of dialogue.incoming(piece)) {
      if (part.kind === 'command') {
        longest = Math.max(longest, part.raw.byteLength);
        commands.push(part.text);
      } else if (part.kind === 'overlong') {
        overlong += part.bytes;
      }
    }
  }
  return { commands, overlong, longest };
}

describe('the SMTP line reader', () => {
  it('keeps no line past the limit and reads the same commands however the stream is cut', () => {
    check(
      fc.property(lineStream(command), fc.array(fc.nat(), { maxLength: 30 }), (segments, cuts) => {
        const whole = commandsOf(segments);
        const cut = commandsOf(splitAt(concatBytes(segments), cuts));
        expect(whole.longest).toBeLessThanOrEqual(LIMIT);
        // Compared as one string: 65,536 separate comparisons would take seconds.
        expect(cut.commands.join('\n')).toBe(whole.commands.join('\n'));
        expect(cut.commands.length).toBe(whole.commands.length);
        expect(cut.overlong).toBe(whole.overlong);
        expect(cut.longest).toBe(whole.longest);
      }),
      0.5,
    );
  });
});

describe('the SMTP notes', () => {
  it('explain any conversation, either way, in bounded time and size', () => {
    check(
      fc.property(lineStream(command), lineStream(reply), (incoming, outgoing) => {
        expectBoundedConversation(new SmtpConversationNotes(LIMIT), incoming, outgoing, {
          maxNotes: MAX_NOTES_PER_EVENT,
          maxChars: MAX_EVENT_NOTE_CHARS,
        });
      }),
    );
  });
});

describe('a flood of empty lines (found by the properties above)', () => {
  it('is explained in 60 notes, the rest counted, both ways', () => {
    const flood = new Uint8Array(64 * 1024).fill(0x0a);
    const notes = new SmtpConversationNotes(LIMIT);
    // Before: one note per line, 65,536 notes and 3.7 MB of JSON for one event.
    for (const direction of ['in', 'out'] as const) {
      const note = notes.describe(direction, flood);
      expect(note.lines).toHaveLength(MAX_NOTES_PER_EVENT);
      expect(note.lines?.at(-1)).toMatchObject({
        key: 'services.mail.moreLines',
        params: { count: flood.byteLength - (MAX_NOTES_PER_EVENT - 1) },
      });
    }
  });
});
