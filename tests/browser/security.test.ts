// What the page can see of the reader's notes (nothing), what becomes markup (nothing from a
// note, an import file or the corpus), and notes carried to a fresh profile by export/import.
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import {
  hoverMark,
  launchExtension,
  openPanel,
  screenshot,
  tabIdOf,
  useExtension,
  type LaunchedExtension,
  type Session,
  textOf,
} from './harness';

const SECRET_BODY = '只属于读者的秘密笔记XYZ';
const SECRET_TAG = '私人标签QRS';
const PAYLOAD = `<img src=x onerror="document.title='pwned'"><script>document.title='pwned'</script>[点我](javascript:document.title='pwned')`;

/** The whole page, closed shadow roots and frames included, as the DevTools protocol sees it. */
async function everythingInPage(page: Page): Promise<string> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    return JSON.stringify(root) + (await page.title());
  } finally {
    await cdp.detach();
  }
}

async function notesTab(session: Session, path: string): Promise<{ article: Page; panel: Page }> {
  const article = await session.ext.context.newPage();
  await article.setViewportSize({ width: 1000, height: 700 });
  const url = session.server.url(path);
  await article.goto(url);
  const panel = await openPanel(session.ext, await tabIdOf(session.ext, url));
  await article.bringToFront();
  await hoverMark(article, '字节跳动');
  await article.locator('techlens-popover').locator('button.action.primary').click();
  await panel.bringToFront();
  await expect.poll(() => panel.locator('.note textarea').count(), { timeout: 5_000 }).toBeGreaterThan(0);
  return { article, panel };
}

describe('notes stay with the reader', () => {
  const session = useExtension({ locale: 'zh-CN' });
  let fresh: LaunchedExtension | undefined;
  afterAll(async () => fresh?.close());

  it('never puts note text in the page, and shows markup in a note as text', async () => {
    const { article, panel } = await notesTab(session, '/zh-hans-basic.html');
    await panel.locator('.note textarea').first().fill(`${SECRET_BODY} ${PAYLOAD} **重点**`);
    await panel.locator('.note input.tags').first().fill(`${SECRET_TAG}, <b>粗</b>`);
    await panel.locator('.note input.tags').first().blur();
    await panel.getByRole('button', { name: '预览' }).click();
    const rendered = panel.locator('.note .markdown').first();
    await expect.poll(() => rendered.innerText()).toContain(SECRET_BODY);
    expect(await rendered.innerText()).toContain('<img src=x');
    expect(await rendered.locator('strong').innerText()).toBe('重点');
    expect(await panel.locator('.note img, .note script, .note a[href^="javascript"]').count()).toBe(0);
    expect(await panel.title()).not.toBe('pwned');

    // The page reloads and anchors the note: its quote is marked, its words are nowhere.
    await article.reload();
    await expect
      .poll(() => article.evaluate(() => CSS.highlights.get('techlens-note')?.size ?? 0), {
        timeout: 10_000,
      })
      .toBe(1);
    await hoverMark(article, '字节跳动');
    await expect.poll(textOf(article.locator('techlens-popover .popover')), { timeout: 5_000 }).toContain('字节跳动');
    const seen = await everythingInPage(article);
    expect(seen).not.toContain(SECRET_BODY);
    expect(seen).not.toContain(SECRET_TAG);
    await panel.close();
    await article.close();
  });

  it('imports a file with markup in every field as text, and refuses a broken file without changing anything', async () => {
    const panel = await openPanel(session.ext, 0);
    await panel.getByRole('tab', { name: /笔记/ }).click();
    await expect.poll(() => panel.locator('.note').count(), { timeout: 5_000 }).toBeGreaterThan(0);
    const before = await panel.locator('.note').count();
    const hostile = {
      format: 'techlens-notes',
      version: 2,
      exportedAt: new Date().toISOString(),
      notes: [
        {
          id: 'imported-payload',
          url: 'https://example.com/<script>',
          pageTitle: PAYLOAD,
          quote: { exact: PAYLOAD, prefix: '<b>', suffix: '</b>' },
          entityIds: ['bytedance'],
          body: PAYLOAD,
          tags: ['<i>斜</i>'],
          createdAt: 1_700_000_000_000,
          updatedAt: 1_700_000_000_000,
          rev: 1,
        },
      ],
    };
    const input = panel.locator('input[type=file]');
    await input.setInputFiles({
      name: 'notes.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(hostile)),
    });
    await expect.poll(textOf(panel.locator('.info')), { timeout: 5_000 }).toContain('新增 1 条');
    await expect.poll(() => panel.locator('.note').count()).toBe(before + 1);
    expect(
      await panel.locator('.notes img, .notes script, .notes a[href^="javascript"], .notes i, .notes b').count(),
    ).toBe(0);
    expect(await panel.locator('body').innerText()).toContain('<img src=x');
    expect(await panel.title()).not.toBe('pwned');

    // Truncated: a clear message, and the notes are as they were.
    const truncated = JSON.stringify({ ...hostile, notes: [{ ...hostile.notes[0], id: 'second' }] }).slice(0, 200);
    await input.setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(truncated) });
    await expect.poll(textOf(panel.locator('.error')), { timeout: 5_000 }).toContain('没有导入任何笔记');
    expect(await panel.locator('.note').count()).toBe(before + 1);
    await screenshot(panel, 'import-refused');
    await panel.close();
  });

  it('exports notes to JSON and imports them into a fresh profile, where they are the same', async () => {
    const panel = await openPanel(session.ext, 0);
    await panel.getByRole('tab', { name: /笔记/ }).click();
    await expect.poll(() => panel.locator('.note').count(), { timeout: 5_000 }).toBeGreaterThan(1);
    const [download] = await Promise.all([
      panel.waitForEvent('download'),
      panel.getByRole('button', { name: '导出 JSON' }).click(),
    ]);
    const exported = JSON.parse(await readFile(await download.path(), 'utf8')) as {
      notes: Array<{ id: string; body: string; quote: unknown; tags: string[] }>;
    };
    expect(exported.notes.length).toBe(await panel.locator('.note').count());
    await panel.close();

    fresh = await launchExtension({ locale: 'zh-CN' });
    const other = await fresh.context.newPage();
    await other.goto(`chrome-extension://${fresh.extensionId}/sidepanel.html?tab=0`);
    await other.getByRole('tab', { name: /笔记/ }).click();
    await other.locator('input[type=file]').setInputFiles({
      name: 'notes.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(exported)),
    });
    await expect.poll(textOf(other.locator('.info')), { timeout: 5_000 }).toContain(`新增 ${exported.notes.length} 条`);
    // Field for field, as the other profile stored them.
    const [again] = await Promise.all([
      other.waitForEvent('download'),
      other.getByRole('button', { name: '导出 JSON' }).click(),
    ]);
    const reexported = JSON.parse(await readFile(await again.path(), 'utf8')) as { notes: unknown[] };
    const byId = (notes: Array<{ id: string }>) => [...notes].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(reexported.notes as Array<{ id: string }>)).toEqual(byId(exported.notes));
    await other.close();
  });
});
