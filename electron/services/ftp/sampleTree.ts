/**
 * The small tree the ftp service shares when no root folder is chosen. It lives in code, not
 * as files beside it, so it is the same from a clean clone, in the CLI and in the packaged app;
 * it is written to a folder of its own at start, so uploads never change the application.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const README = `Puerto: servidor FTP del laboratorio / the lab FTP server
==========================================================

[es] Estás conectado a un servidor FTP (RFC 959). Hay dos conexiones:
     la de control (esta conversación de órdenes y respuestas, puerto 21
     o el que elija el laboratorio) y una de datos nueva para cada listado
     o archivo. En modo pasivo (PASV/EPSV) el servidor abre un puerto y el
     cliente se conecta a él.

     Prueba:  ls, cd docs, get comandos.txt, cd .., put un-archivo.txt
     Con curl:  curl ftp://HOST:PUERTO/docs/comandos.txt
     Usuario anónimo (anonymous, cualquier contraseña): solo lectura.
     Cuenta del laboratorio: alumno / alumno (puede subir a uploads/).

[en] You are connected to an FTP server (RFC 959). There are two
     connections: the control connection (this conversation of commands
     and replies, port 21 or the lab's choice) and a new data connection
     for every listing or file. In passive mode (PASV/EPSV) the server
     opens a port and the client connects to it.

     Try:  ls, cd docs, get commands.txt, cd .., put some-file.txt
     With curl:  curl ftp://HOST:PORT/docs/commands.txt
     Anonymous user (anonymous, any password): read only.
     Lab account: alumno / alumno (may upload into uploads/).
`;

const COMMANDS_ES = `Órdenes FTP que envía tu cliente (RFC 959, RFC 2428)
USER nombre     quién eres                  PASS clave   tu contraseña (¡viaja sin cifrar!)
PWD             en qué carpeta estás        CWD carpeta  cambiar de carpeta (CDUP: subir)
PASV / EPSV     el servidor abre un puerto para la conexión de datos
LIST / NLST     listado de la carpeta (por la conexión de datos)
RETR archivo    descargar                   STOR archivo subir
TYPE I / TYPE A binario (byte a byte) o texto
QUIT            despedirse
`;

const COMMANDS_EN = `FTP commands your client sends (RFC 959, RFC 2428)
USER name       who you are                 PASS secret  your password (it travels unencrypted!)
PWD             which folder you are in     CWD folder   change folder (CDUP: go up)
PASV / EPSV     the server opens a port for the data connection
LIST / NLST     the folder's listing (over the data connection)
RETR file       download                    STOR file    upload
TYPE I / TYPE A binary (byte by byte) or text
QUIT            say goodbye
`;

const UPLOADS_NOTE = `[es] Sube aquí tus archivos (cuenta alumno). [en] Upload your files here (alumno account).
`;

/** Every byte value once: a binary download must arrive exactly as 256 bytes, 00 to ff. */
const ALL_BYTES = Uint8Array.from({ length: 256 }, (_, index) => index);

export const SAMPLE_FILES: ReadonlyArray<{ path: string; content: string | Uint8Array }> = [
  { path: 'README.txt', content: README },
  { path: 'docs/comandos.txt', content: COMMANDS_ES },
  { path: 'docs/commands.txt', content: COMMANDS_EN },
  { path: 'data/bytes.bin', content: ALL_BYTES },
  { path: 'uploads/LEEME-README.txt', content: UPLOADS_NOTE },
];

/** Writes the sample into `folder`; files already there (earlier uploads, edits) are kept. */
export function writeSampleTree(folder: string): void {
  for (const file of SAMPLE_FILES) {
    const target = join(folder, file.path);
    mkdirSync(dirname(target), { recursive: true });
    try {
      writeFileSync(target, file.content, { flag: 'wx', mode: 0o644 });
    } catch (cause) {
      if ((cause as { code?: unknown }).code !== 'EEXIST') throw cause;
    }
  }
}

export interface SampleRoot {
  folder: string;
  /** Removes a temporary copy; a copy in the data folder stays for next time. */
  release(): void;
}

/** The sample in `<dataDir>/ftp-sample` when Puerto has a data folder, else a temporary one. */
export function createSampleRoot(dataDir: string | undefined): SampleRoot {
  if (dataDir !== undefined) {
    const folder = join(dataDir, 'ftp-sample');
    writeSampleTree(folder);
    return { folder, release: () => {} };
  }
  const folder = mkdtempSync(join(tmpdir(), 'puerto-ftp-'));
  writeSampleTree(folder);
  return { folder, release: () => rmSync(folder, { recursive: true, force: true }) };
}
