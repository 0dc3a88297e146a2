import type { clientGroups as english } from '../en/clientGroups';

export const clientGroups: typeof english = {};
