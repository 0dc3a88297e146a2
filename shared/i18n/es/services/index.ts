import type { services as english } from '../../en/services';
import { simple } from './simple';
import { http } from './http';
import { files } from './files';
import { ftp } from './ftp';
import { dns } from './dns';
import { snmp } from './snmp';
import { mail } from './mail';

export const services: typeof english = {
  loadFailed:
    'El servicio {service} no pudo arrancar: su biblioteca no se pudo cargar ({cause}). Ejecuta "npm install" en la carpeta de Puerto y vuelve a intentarlo.',
  simple,
  http,
  files,
  ftp,
  dns,
  snmp,
  mail,
};
