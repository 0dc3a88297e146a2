import { describe, expect, it } from 'vitest';
import { MAX_SEND_BYTES } from '../../../shared/contract';
import { hexPreview } from '../../../renderer/src/composer/bytePreview';
import {
  MAX_UDP_DATAGRAM_BYTES,
  parseRepeatCount,
  parseRepeatInterval,
  payloadProblem,
  repeatCountProblem,
  repeatIntervalProblem,
} from '../../../renderer/src/composer/limits';

describe('composer limits', () => {
  it('allows 1 MiB on TCP and 65,507 bytes on UDP, and refuses one byte more', () => {
    expect(payloadProblem(MAX_SEND_BYTES, 'tcp')).toBeUndefined();
    expect(payloadProblem(MAX_SEND_BYTES + 1, 'tcp')).toEqual({
      key: 'composer.problems.tooLargeTcp',
      params: { bytes: MAX_SEND_BYTES + 1, limit: MAX_SEND_BYTES },
    });
    expect(payloadProblem(65_507, 'udp')).toBeUndefined();
    expect(payloadProblem(65_508, 'udp')).toEqual({
      key: 'composer.problems.tooLargeUdp',
      params: { bytes: 65_508, limit: MAX_UDP_DATAGRAM_BYTES },
    });
  });

  it('reads the repeat count as a whole number from 1 to 1000', () => {
    expect(parseRepeatCount('1')).toBe(1);
    expect(parseRepeatCount(' 1000 ')).toBe(1000);
    for (const refused of ['0', '1001', '2.5', '-3', '1e2', '', 'diez']) {
      expect(parseRepeatCount(refused), refused).toBeUndefined();
    }
    expect(repeatCountProblem('1001')?.key).toBe('composer.repeat.countProblem');
    expect(repeatCountProblem('10')).toBeUndefined();
  });

  it('reads the interval as whole milliseconds, at least 10', () => {
    expect(parseRepeatInterval('10')).toBe(10);
    expect(parseRepeatInterval('60000')).toBe(60_000);
    for (const refused of ['9', '60001', '0x10', '']) {
      expect(parseRepeatInterval(refused), refused).toBeUndefined();
    }
    expect(repeatIntervalProblem('5')?.params).toEqual({ min: 10, max: 60_000 });
  });

  it('previews the first bytes as upper-case hex pairs', () => {
    expect(hexPreview(Uint8Array.of(0x48, 0x0a, 0xff))).toBe('48 0A FF');
    expect(hexPreview(new Uint8Array(20).fill(0xab), 4)).toBe('AB AB AB AB …');
    expect(hexPreview(new Uint8Array())).toBe('');
  });
});
