/**
 * An axe-core accessibility audit of what the page shows now (issue 11, item 4). axe is put
 * into the page from node_modules and evaluated through the DevTools protocol: browser mode's
 * policy (`script-src 'self'`) rightly refuses an inline <script>, which addScriptTag adds, and
 * the test must not weaken the policy it also checks, nor reach the network. Only the violations a person using a
 * screen reader or a keyboard cannot work around ("serious" and "critical") are returned.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);
const BLOCKING = new Set(['serious', 'critical']);

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: unknown[]; failureSummary?: string; html: string }>;
}

interface AxeWindow {
  axe?: {
    run(context: unknown, options: unknown): Promise<{ violations: AxeViolation[] }>;
  };
}

/** Runs axe on the whole page; puts axe into it first if a reload took it away. */
export async function auditPage(page: Page): Promise<AxeViolation[]> {
  const present = await page.evaluate(() => (globalThis as AxeWindow).axe !== undefined);
  if (!present) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (globalThis as AxeWindow).axe;
    if (axe === undefined) throw new Error('axe-core did not load in the page');
    const result = await axe.run(globalThis, { resultTypes: ['violations'] });
    return result.violations;
  });
  return violations.filter((violation) => BLOCKING.has(violation.impact ?? ''));
}

/**
 * The violations of many audits, each element's problem once with the views it was seen in:
 * a header seen in twenty views is one thing to fix, not twenty.
 */
export class ViolationReport {
  private readonly seen = new Map<string, { heading: string; detail: string; views: string[] }>();

  add(view: string, violations: AxeViolation[]): void {
    for (const violation of violations) {
      const heading = `${violation.impact} ${violation.id}: ${violation.help}`;
      for (const node of violation.nodes) {
        const target = node.target.join(' ');
        const key = `${violation.id} ${target}`;
        const summary = (node.failureSummary ?? '').replace(/\s+/g, ' ').slice(0, 240);
        const entry = this.seen.get(key) ?? { heading, detail: `${target}: ${summary}`, views: [] };
        entry.views.push(view);
        this.seen.set(key, entry);
      }
    }
  }

  get count(): number {
    return this.seen.size;
  }

  /** Grouped by rule: the rule once, then each element with the views it failed in. */
  describe(): string {
    const byRule = new Map<string, string[]>();
    for (const { heading, detail, views } of this.seen.values()) {
      const lines = byRule.get(heading) ?? [];
      lines.push(
        `    ${detail}\n      in ${views.length} view(s): ${views.slice(0, 4).join('; ')}${views.length > 4 ? '; …' : ''}`,
      );
      byRule.set(heading, lines);
    }
    return [...byRule].map(([heading, lines]) => [heading, ...lines].join('\n')).join('\n');
  }
}
