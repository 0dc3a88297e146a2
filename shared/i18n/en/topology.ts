/** Texts of the topology area of the workspace. */
export const topology = {
  title: 'Topology',
};
