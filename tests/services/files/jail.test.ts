import { describe, expect, it } from 'vitest';
import { jailPath } from '../../../electron/services/files/jail';
import type { JailPolicy } from '../../../electron/services/files/jail';

const HTTP: JailPolicy = { decoding: 'percent', dotSegments: 'refuse' };
const FTP: JailPolicy = { decoding: 'none', dotSegments: 'within' };

function refusal(input: string, policy: JailPolicy, cwd: string[] = []): string | undefined {
  const result = jailPath(input, policy, cwd);
  return result.ok ? undefined : result.reason;
}

function accepted(input: string, policy: JailPolicy, cwd: string[] = []): string {
  const result = jailPath(input, policy, cwd);
  if (!result.ok) throw new Error(`${input} was refused: ${result.reason}`);
  return result.clientPath;
}

describe('jailPath, URL paths (http)', () => {
  it.each([
    ['/', '/'],
    ['/index.html', '/index.html'],
    ['/docs/', '/docs'],
    ['//docs///a.txt', '/docs/a.txt'],
    ['/./docs/./a.txt', '/docs/a.txt'],
    ['/caf%C3%A9.txt', '/café.txt'],
    ['/a%20b.txt', '/a b.txt'],
    ['/etc/passwd', '/etc/passwd'],
    ['/100%25.txt', '/100%.txt'],
  ])('keeps %s inside the folder as %s', (input, expected) => {
    expect(accepted(input, HTTP)).toBe(expected);
  });

  it.each([
    ['/../secret.txt', 'dotSegment'],
    ['/docs/../../secret.txt', 'dotSegment'],
    ['/docs/../index.html', 'dotSegment'],
    ['/%2e%2e/secret.txt', 'encodedDot'],
    ['/%2E%2E/secret.txt', 'encodedDot'],
    ['/.%2e/secret.txt', 'encodedDot'],
    ['/%2e/secret.txt', 'encodedDot'],
    ['/..%2fsecret.txt', 'encodedSeparator'],
    ['/%2e%2e%2fsecret.txt', 'encodedSeparator'],
    ['/docs%2f..%2f..%2fsecret.txt', 'encodedSeparator'],
    ['/%252e%252e/secret.txt', 'doubleEncoding'],
    ['/%252e%252e%252fsecret.txt', 'doubleEncoding'],
    ['/..%5csecret.txt', 'backslash'],
    ['/..\\secret.txt', 'backslash'],
    ['/%5c..%5c..%5csecret.txt', 'backslash'],
    ['/secret.txt%00.html', 'nul'],
    ['/a%0d%0aSet-Cookie:x', 'control'],
    ['/C:/Windows/win.ini', 'driveLetter'],
    ['/c%3a/boot.ini', 'driveLetter'],
    ['/%e0%a4%a', 'badEncoding'],
    ['/%c0%ae%c0%ae/secret.txt', 'badEncoding'],
  ])('refuses %s (%s)', (input, reason) => {
    expect(refusal(input, HTTP)).toBe(reason);
  });

  it('refuses paths longer or deeper than the limits', () => {
    expect(refusal(`/${'a'.repeat(5000)}`, HTTP)).toBe('tooLong');
    expect(refusal('/a'.repeat(100), HTTP)).toBe('tooDeep');
    expect(refusal('/a'.repeat(10), { ...HTTP, maxDepth: 5 })).toBe('tooDeep');
    expect(refusal(`/${'a'.repeat(50)}`, { ...HTTP, maxLength: 20 })).toBe('tooLong');
  });
});

describe('jailPath, FTP paths (literal, relative to the working folder)', () => {
  it('climbs with .. but never above the root', () => {
    expect(accepted('..', FTP, ['docs'])).toBe('/');
    expect(accepted('../data/bytes.bin', FTP, ['docs'])).toBe('/data/bytes.bin');
    expect(accepted('a/../b', FTP, ['docs'])).toBe('/docs/b');
    expect(refusal('..', FTP)).toBe('escapesRoot');
    expect(refusal('../..', FTP, ['docs'])).toBe('escapesRoot');
    expect(refusal('../../etc/passwd', FTP, ['uploads'])).toBe('escapesRoot');
    expect(refusal('/docs/../../etc/passwd', FTP, ['docs'])).toBe('escapesRoot');
    expect(refusal('/..', FTP)).toBe('escapesRoot');
  });

  it('reads an absolute path from the root of the folder, never from the server’s root', () => {
    expect(accepted('/etc/passwd', FTP, ['docs'])).toBe('/etc/passwd');
    expect(accepted('/', FTP, ['docs'])).toBe('/');
    expect(accepted('readme.txt', FTP, ['docs'])).toBe('/docs/readme.txt');
  });

  it('takes percent signs literally (FTP does not encode) and still refuses the rest', () => {
    expect(accepted('%2e%2e', FTP)).toBe('/%2e%2e');
    expect(accepted('100%25.txt', FTP)).toBe('/100%25.txt');
    expect(refusal('..\\..\\boot.ini', FTP, ['docs'])).toBe('backslash');
    expect(refusal('C:\\boot.ini', FTP)).toBe('backslash');
    expect(refusal('D:', FTP)).toBe('driveLetter');
    expect(refusal('a\0b', FTP)).toBe('nul');
    expect(refusal('a\r\nDELE x', FTP)).toBe('control');
  });
});
