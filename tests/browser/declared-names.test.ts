// A short name the page declares (（以下简称“X”）) in a paragraph that arrives late: the paragraphs
// further down were read before it and must get their uses marked then, once each, while a use
// above the declaration stays unmarked.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { pageMarks, reportedMentions, screenshot, settledStatus, useExtension, waitForContentScript } from './harness';

/** Scrolls an element into view and returns the marked texts in it once they match `expected`. */
async function marksIn(page: Page, id: string, expected: string[]): Promise<void> {
  await page.evaluate((target) => document.getElementById(target)!.scrollIntoView({ block: 'center' }), id);
  await expect
    .poll(async () => (await pageMarks(page)).filter((m) => m.id === id).map((m) => m.text), {
      timeout: 10_000,
      interval: 100,
    })
    .toEqual(expected);
}

describe('short names declared late on a long page', () => {
  const session = useExtension();

  it('marks the uses below a declaration that loads after them, and none above it', async () => {
    const page = await session.ext.context.newPage();
    const url = session.server.url('/declared-late.html');
    await page.goto(url);
    await waitForContentScript(page, session.ext.extensionId);
    // The first scan: 聆心智能 in the headline, 深言科技 twice; the bare 聆心 is nobody yet.
    await expect.poll(() => reportedMentions(session.ext, url), { timeout: 10_000, interval: 100 }).toBe(3);
    await marksIn(page, 'use-2', ['深言科技']);
    // The premise: the paragraphs below were read while the lead was still empty.
    expect(await page.evaluate(() => document.getElementById('lead')!.textContent)).toBe('');

    // The reader reaches the lead: the page fills it in, declaring 聆心 for 聆心智能.
    await marksIn(page, 'lead', ['聆心智能', '聆心', '聆心']);
    // The lead's three, then one use in use-1 and two in use-2: each marked once.
    await expect.poll(() => reportedMentions(session.ext, url), { timeout: 10_000, interval: 100 }).toBe(9);
    await marksIn(page, 'use-1', ['聆心', '深言科技']);
    await marksIn(page, 'use-2', ['聆心', '深言科技', '聆心']);
    await screenshot(page, 'declared-late-uses', false);
    // Every late use marked, nothing queued: the use above the declaration is still nobody, in
    // the script's own count (drawn or not) as on screen.
    const status = await settledStatus(page, session.ext.extensionId, (s) => s.phase === 'on');
    expect(status.mentions).toBe(9);
    await marksIn(page, 'before', []);
    expect(await reportedMentions(session.ext, url)).toBe(9);
    await page.close();
  });
});
