import type { en } from '../en';
import { errors } from './errors';
import { events } from './events';
import { validation } from './validation';

export const es: typeof en = { errors, events, validation };
