import type { en } from '../en';
import { browserMode } from './browserMode';
import { cli } from './cli';
import { errors } from './errors';
import { events } from './events';
import { ui } from './ui';
import { validation } from './validation';

export const es: typeof en = { errors, events, validation, ui, cli, browserMode };
