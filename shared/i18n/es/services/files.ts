/** Las carpetas que sirven los servicios http y ftp: por qué no se puede usar una. */
import type { files as english } from '../../en/services/files';

export const files: typeof english = {
  folderMissing: 'Esa carpeta no existe. Elige una carpeta existente para servir.',
  notAFolder: 'Eso es un archivo, no una carpeta. Elige una carpeta para servir.',
  folderDenied: 'Puerto no tiene permiso para leer esa carpeta. Elige otra o cambia sus permisos.',
};
