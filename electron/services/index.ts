/**
 * The engine with every classic Internet service registered as a behaviour. Hosts (Electron,
 * CLI, browser mode) create their engine here; the engine itself knows no service. The simple
 * services are plain code and register as they are; the others register by name and protocols
 * and load their code (ftp-srv, smtp-server, mailparser, net-snmp, dns-packet) when their first
 * server starts, so a start pays only for what it serves (issue 10).
 */
import type { ServiceCommandHandlers } from '../../shared/contract/api';
import { createBehaviourRegistry, PuertoEngine } from '../engine';
import type { EngineOptions } from '../engine';
import type { ServiceContext } from './context';
import { dnsServices } from './dns';
import { ftpServices } from './ftp';
import { httpServices } from './http';
import { mailHandlers, mailServices } from './mail';
import { simpleServices } from './simple';
import { snmpServices } from './snmp';

export type { ServiceContext } from './context';

export function createLabEngine(
  options: Partial<Omit<EngineOptions, 'behaviours'>> = {},
  context: ServiceContext = {},
): PuertoEngine {
  const services = [
    ...simpleServices(context),
    ...httpServices(context),
    ...mailServices(context),
    ...ftpServices(context),
    ...dnsServices(context),
    ...snmpServices(context),
  ];
  return new PuertoEngine({ ...options, behaviours: createBehaviourRegistry(services) });
}

/**
 * The host commands the services answer (the lab mailbox), for the engine created with the
 * same `context`: each host composes them with its workspace handlers.
 */
export function serviceHandlers(context: ServiceContext): ServiceCommandHandlers {
  return { ...mailHandlers(context) };
}
