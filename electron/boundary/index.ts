export { createDispatcher } from './dispatcher';
export type { Dispatcher } from './dispatcher';
export { invalidInput, issueToError, validateRequest } from './validateRequest';
export type { ValidRequest } from './validateRequest';
