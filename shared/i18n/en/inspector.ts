/** Texts of the inspector area of the workspace. */
export const inspector = {
  title: 'Message inspector',
};
