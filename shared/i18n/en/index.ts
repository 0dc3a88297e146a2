import { browserMode } from './browserMode';
import { cli } from './cli';
import { errors } from './errors';
import { events } from './events';
import { ui } from './ui';
import { validation } from './validation';
import { machine } from './machine';
import { topology } from './topology';
import { inspector } from './inspector';
import { conversation } from './conversation';
import { composer } from './composer';
import { catalogue } from './catalogue';
import { workspace } from './workspace';
import { services } from './services';
import { classroom } from './classroom';
import { reach } from './reach';
import { clientGroups } from './clientGroups';
import { desktop } from './desktop';

export const en = {
  errors,
  events,
  validation,
  ui,
  cli,
  browserMode,
  machine,
  topology,
  inspector,
  conversation,
  composer,
  catalogue,
  workspace,
  services,
  classroom,
  reach,
  clientGroups,
  desktop,
};
