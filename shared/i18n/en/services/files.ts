/** The folders the http and ftp services serve: why one cannot be used. */
export const files = {
  folderMissing: 'That folder does not exist. Choose an existing folder to serve.',
  notAFolder: 'That is a file, not a folder. Choose a folder to serve.',
  folderDenied:
    'Puerto is not allowed to read that folder. Choose another one or change its permissions.',
};
