/** Filled by the engineer who owns this area. */
export const reach = {};
