/** The drain planner as a browser test reads it: the first calculator on its page and the rows of its schedule table. */
import type { Locator, Page } from '@playwright/test';

/** The page's first calculator (the drain planner on migration/draining-a-host/). */
export const calculatorOf = (page: Page): Locator => page.locator('section.calculator').first();

/** The body rows of the calculator's "Drain schedule" table, one a VM. */
export const scheduleRows = (calculator: Locator): Locator =>
  calculator
    .locator('table')
    .filter({ has: calculator.page().locator('caption', { hasText: 'Drain schedule' }) })
    .locator('tbody tr');
