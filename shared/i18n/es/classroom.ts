import type { classroom as english } from '../en/classroom';

export const classroom: typeof english = {};
