/**
 * The simple classic Internet services: echo, discard, daytime, qotd, chargen and time (each on
 * TCP and UDP) and sntp (UDP).
 */
import type { Behaviour } from '../../engine';
import type { ServiceContext } from '../context';
import { chargenService } from './chargen';
import { daytimeService } from './daytime';
import { discardService } from './discard';
import { echoService } from './echo';
import type { SimpleServiceOptions } from './options';
import { DEFAULT_SIMPLE_OPTIONS } from './options';
import { qotdService } from './qotd';
import { sntpService } from './sntp';
import { timeService } from './time';

export type { SimpleServiceOptions } from './options';
export { DEFAULT_SIMPLE_OPTIONS } from './options';

export function simpleServices(
  _context: ServiceContext,
  overrides: Partial<SimpleServiceOptions> = {},
): Behaviour<{ name: string }>[] {
  const options: SimpleServiceOptions = { ...DEFAULT_SIMPLE_OPTIONS, ...overrides };
  return [
    echoService(options),
    discardService(options),
    daytimeService(options),
    qotdService(options),
    chargenService(options),
    timeService(options),
    sntpService(options),
  ];
}
