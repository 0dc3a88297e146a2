import type { reach as english } from '../en/reach';

export const reach: typeof english = {};
