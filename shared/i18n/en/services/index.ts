/** Explanations of the classic services' messages: one area per service family. */
import { simple } from './simple';
import { http } from './http';
import { files } from './files';
import { ftp } from './ftp';
import { dns } from './dns';
import { snmp } from './snmp';
import { mail } from './mail';

export const services = {
  loadFailed:
    'The {service} service could not start: its library failed to load ({cause}). Run "npm install" in Puerto\'s folder and try again.',
  simple,
  http,
  files,
  ftp,
  dns,
  snmp,
  mail,
};
