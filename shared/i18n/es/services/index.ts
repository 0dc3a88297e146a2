import type { services as english } from '../../en/services';
import { simple } from './simple';
import { http } from './http';
import { files } from './files';
import { ftp } from './ftp';
import { dns } from './dns';
import { snmp } from './snmp';
import { mail } from './mail';

export const services: typeof english = {
  simple,
  http,
  files,
  ftp,
  dns,
  snmp,
  mail,
};
