import { errors } from './errors';
import { events } from './events';
import { validation } from './validation';

export const en = { errors, events, validation };
