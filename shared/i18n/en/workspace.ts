/** Texts of the workspace area of the workspace. */
export const workspace = {
  title: 'Workspace',
};
