/**
 * Rewrites the generated firewall block of docs/INSTALL.md from the code, after a lab port or
 * the discovery port changes: `npx tsx tests/docs/writeFirewallSection.ts`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { INSTALL_GUIDE, renderFirewallSection, withFirewallSection } from './labFirewallPorts';

const document = readFileSync(INSTALL_GUIDE, 'utf8');
writeFileSync(INSTALL_GUIDE, withFirewallSection(document, renderFirewallSection()));
process.stdout.write(`Rewrote the lab ports of ${INSTALL_GUIDE}\n`);
