/**
 * An axe-core audit of every main view of the workbench (issue 11, item 4): each centre tab
 * with a server, a client, a message and its echo in the inspector, the server and client
 * forms open, in English and Spanish, light and dark. Any "serious" or "critical" violation
 * fails the run, listed by view, rule and element.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireTool } from '../support/requireTool';
import { ViolationReport, auditPage } from './support/axeAudit';
import { LAB_VIEWPORT } from './support/chromiumPage';
import { echoSession, openForm } from './support/labSetup';
import { freePortOnBothProtocols } from './support/sockets';
import { CENTRE_VIEWS, applySettings, showView } from './support/workbenchSettings';
import { openWorkbenchSession } from './support/workbenchSession';
import type { WorkbenchSession } from './support/workbenchSession';

const haveChromium = requireTool('chromium', 'chromium');

describe.skipIf(!haveChromium)(
  'accessibility of the workbench (axe-core)',
  { timeout: 120_000 },
  () => {
    let session: WorkbenchSession | undefined;
    let page: Page;

    beforeAll(async () => {
      session = await openWorkbenchSession('puerto-a11y-', { viewport: LAB_VIEWPORT });
      ({ page } = session);
    });

    afterAll(() => session?.close());

    it('finds none on the empty workbench a student sees first', async () => {
      const report = new ViolationReport();
      report.add('empty', await auditPage(page));
      expect(report.count, report.describe()).toBe(0);
    });

    it('finds no serious or critical violation in any view, language or theme', async () => {
      await echoSession(page, await freePortOnBothProtocols(), 'hola axe');
      await openForm(page, 'server');
      await openForm(page, 'client');
      const report = new ViolationReport();
      let audits = 0;
      for (const locale of ['en', 'es'] as const) {
        for (const theme of ['light', 'dark'] as const) {
          await applySettings(page, { locale, theme });
          for (const view of CENTRE_VIEWS) {
            await showView(page, view);
            report.add(`${view} ${locale} ${theme}`, await auditPage(page));
            audits += 1;
          }
        }
      }
      const found = report.describe();
      console.info(`axe-core: ${audits} audits, ${report.count} elements in violation`);
      if (report.count > 0) console.info(found);
      expect(audits).toBe(CENTRE_VIEWS.length * 4);
      expect(report.count, found).toBe(0);
      expect(session?.problems).toEqual([]);
    });

    it('finds none in the popups: the shortcuts help and the lecture concepts', async () => {
      const report = new ViolationReport();
      await applySettings(page, { locale: 'en', theme: 'light' });
      const popups = [
        ['shortcut-help', 'shortcut-help-list'],
        ['concepts-button', 'lecture-concepts'],
      ] as const;
      for (const [button, popup] of popups) {
        await page.getByTestId(button).click();
        await page.getByTestId(popup).waitFor();
        // Popups fade in: the audit judges the colours they end with.
        await page.waitForTimeout(400);
        report.add(popup, await auditPage(page));
        await page.keyboard.press('Escape');
        await page.getByTestId(popup).waitFor({ state: 'hidden' });
      }
      expect(report.count, report.describe()).toBe(0);
    });
  },
);
