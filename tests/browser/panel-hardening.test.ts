// Issue 16 in the side panel, options page and popover (items 2, 3, 4, 5, 11): per-site choices
// for thousands of sites and a message on every failed settings write; only web addresses in
// notes; a Markdown export that runs and loads nothing; big files and big libraries of notes;
// typing saved to IndexedDB while it continues.
import { truncate, readFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { noteRecord as note } from '../fixtures/note-record';
import {
  hoverMark,
  openPanel,
  pageMarks,
  screenshot,
  settledStatus,
  useExtension,
  type Session,
  textOf,
  openTab,
} from './harness';

/** The extension API as seen inside the service worker (evaluated there, typed here). */
interface StorageArea {
  get(keys: string | null): Promise<Record<string, unknown>>;
  set(items: object): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
  clear(): Promise<void>;
}
declare const chrome: { storage: { sync: StorageArea; local: StorageArea } };

const marksOn = (page: Page) => pageMarks(page).then((marks) => marks.length);

async function openArticle(session: Session): Promise<{ page: Page; tabId: number }> {
  const { page, tabId } = await openTab(session, '/recognition-mixed.html');
  await expect.poll(() => marksOn(page), { timeout: 10_000 }).toBeGreaterThan(5);
  return { page, tabId };
}

async function optionsPage(session: Session): Promise<Page> {
  const options = await session.ext.context.newPage();
  await options.goto(`chrome-extension://${session.ext.extensionId}/options.html`);
  return options;
}

const notesFile = (notes: unknown[]) =>
  Buffer.from(JSON.stringify({ format: 'techlens-notes', version: 2, exportedAt: '2024-01-01T00:00:00Z', notes }));

async function notesPanel(session: Session, tabId = 0): Promise<Page> {
  const panel = await openPanel(session.ext, tabId);
  await panel.getByRole('tab', { name: /笔记/ }).click();
  return panel;
}

/** Every matching element's text, joined ('' while there is none). */
const allTextOf = (page: Page, selector: string) =>
  page
    .locator(selector)
    .allInnerTexts()
    .then((texts) => texts.join('\n'))
    .catch(() => '');

describe('sites turned off', () => {
  const session = useExtension({ locale: 'zh-CN' });

  it('moves a nearly full list from sync storage, holds 5,000 sites, and turns one more off from the panel', async () => {
    // A list an earlier version kept in one sync item, a few bytes under Chrome's 8,192 per item.
    await session.ext.serviceWorker.evaluate(async () => {
      const sites: string[] = [];
      const size = () => JSON.stringify({ paused: false, disabledSites: sites }).length + 'settings'.length;
      while (size() < 8192 - 45) sites.push(`site-${sites.length}.regional-news-example.com`);
      await chrome.storage.sync.set({ settings: { paused: false, disabledSites: sites } });
    });
    const { page, tabId } = await openArticle(session);
    const panel = await openPanel(session.ext, tabId);
    // 4,800 more, as turning them off one by one would store them.
    await session.ext.serviceWorker.evaluate(async () => {
      const items: Record<string, boolean> = {};
      for (let i = 0; i < 4_800; i++) items[`site-off:more-${i}.example.org`] = true;
      await chrome.storage.local.set(items);
    });
    await panel.getByRole('button', { name: '在此网站关闭' }).click();
    // The write landed: the page's script turned its marks off.
    await settledStatus(page, session.ext.extensionId, (s) => s.phase === 'off');
    expect(await marksOn(page)).toBe(0);
    expect(await panel.locator('.error').count()).toBe(0);
    const stored = await session.ext.serviceWorker.evaluate(async () => ({
      sync: (await chrome.storage.sync.get('settings')).settings as Record<string, unknown>,
      sites: Object.keys(await chrome.storage.local.get(null)).filter((k) => k.startsWith('site-off:')).length,
    }));
    expect(stored.sync).not.toHaveProperty('disabledSites');
    expect(stored.sites).toBeGreaterThan(5_000);
    const options = await optionsPage(session);
    await expect.poll(() => options.locator('.sites li').count(), { timeout: 10_000 }).toBe(stored.sites);
    await options.close();
    await session.ext.serviceWorker.evaluate(() => chrome.storage.local.clear());
    await expect.poll(() => marksOn(page), { timeout: 10_000 }).toBeGreaterThan(5);
    await panel.close();
    await page.close();
  });

  it('tells the reader when a settings write fails: in the panel, the options page and the popover', async () => {
    const { page, tabId } = await openArticle(session);
    // Local storage full (chrome.storage.local holds 10 MB): the next site key does not fit.
    await session.ext.serviceWorker.evaluate(async () => {
      const local = chrome.storage.local as StorageArea & {
        QUOTA_BYTES: number;
        getBytesInUse(keys: null): Promise<number>;
      };
      // A few bytes short of the quota: less than any site key needs.
      let size = local.QUOTA_BYTES - (await local.getBytesInUse(null)) - 'filler'.length - 2 - 4;
      for (;;) {
        try {
          await local.set({ filler: 'x'.repeat(size) });
          return;
        } catch {
          size -= 1;
        }
      }
    });
    const panel = await openPanel(session.ext, tabId);
    await panel.getByRole('button', { name: '在此网站关闭' }).click();
    await expect.poll(() => allTextOf(panel, '[role=alert]'), { timeout: 5_000 }).toContain('设置没有保存');
    expect(await marksOn(page)).toBeGreaterThan(5);
    await screenshot(panel, 'panel-settings-not-saved');

    const options = await optionsPage(session);
    await options.getByLabel('关闭一个网站').fill('36kr.com');
    await options.getByRole('button', { name: '添加' }).click();
    await expect.poll(() => allTextOf(options, '[role=alert]'), { timeout: 5_000 }).toContain('设置没有保存');
    // What the reader typed stays in the box.
    expect(await options.getByLabel('关闭一个网站').inputValue()).toBe('36kr.com');
    await screenshot(options, 'options-settings-not-saved');
    await options.close();

    await page.bringToFront();
    await hoverMark(page, '字节跳动');
    const off = page.locator('techlens-popover').getByRole('button', { name: '在此网站关闭' });
    await expect.poll(() => off.count(), { timeout: 5_000 }).toBe(1);
    await off.click();
    await expect
      .poll(textOf(page.locator('techlens-popover').locator('.message')), { timeout: 5_000 })
      .toContain('设置没有保存');
    expect(await marksOn(page)).toBeGreaterThan(5);
    await session.ext.serviceWorker.evaluate(() => chrome.storage.local.remove('filler'));
    await panel.close();
    await page.close();
  });
});

describe('notes: addresses, export, big files', () => {
  const session = useExtension({ locale: 'zh-CN' });

  it('refuses an import whose page address is javascript:, and shows no such link', async () => {
    const panel = await notesPanel(session);
    await panel.locator('input[type=file]').setInputFiles({
      name: 'notes.json',
      mimeType: 'application/json',
      buffer: notesFile([note({ id: 'js', url: "javascript:document.title='pwned'", body: '坏地址' })]),
    });
    await expect
      .poll(() => allTextOf(panel, '.error'), { timeout: 5_000 })
      .toMatch(/没有导入任何笔记.*第 1 条笔记.*url/);
    expect(await panel.locator('.note').count()).toBe(0);
    expect(await panel.locator('a[href^="javascript"]').count()).toBe(0);
    await panel.close();
  });

  it('exports payload notes as Markdown that a browser opening it as HTML shows as text only', async () => {
    const payload = `<img src=x onerror="document.title='pwned'"><script>document.title='pwned'</script>`;
    const panel = await notesPanel(session);
    await panel.locator('input[type=file]').setInputFiles({
      name: 'notes.json',
      mimeType: 'application/json',
      buffer: notesFile([
        note({
          id: 'payload',
          pageTitle: `${payload}](javascript:alert(1))`,
          quote: { exact: payload, prefix: '', suffix: '' },
          body: `${payload}\n[点我](javascript:alert(1)) ![t](https://tracker.example/p.png)\n\`\`\`dataviewjs\nalert(1)\n\`\`\`\n**重点** [原文](https://36kr.com/p/1)`,
          tags: ['<b>'],
        }),
      ]),
    });
    await expect.poll(() => allTextOf(panel, '.info'), { timeout: 5_000 }).toContain('新增 1 条');
    const [download] = await Promise.all([
      panel.waitForEvent('download'),
      panel.getByRole('button', { name: '导出 Markdown' }).click(),
    ]);
    const md = await readFile(await download.path(), 'utf8');
    expect(md).toContain('**重点** [原文](https://36kr.com/p/1)');
    expect(md).not.toMatch(/(?<!\\)<|(?<!\\)!\[|(?<!\\)\]\(javascript|^```/m);

    // The same file opened as a web page: only text, nothing runs, nothing is requested.
    const viewer = await session.ext.context.newPage();
    const requests: string[] = [];
    viewer.on('request', (r) => requests.push(r.url()));
    await viewer.route('**/*', (route) =>
      route.request().url() === 'http://viewer.test/export.html'
        ? route.fulfill({ contentType: 'text/html', body: `<!doctype html><title>export</title><body>${md}</body>` })
        : route.abort(),
    );
    await viewer.goto('http://viewer.test/export.html');
    expect(await viewer.evaluate(() => document.body.querySelectorAll('*').length)).toBe(0);
    expect(await viewer.title()).toBe('export');
    expect(requests).toEqual(['http://viewer.test/export.html']);
    await viewer.close();
    await panel.close();
  });

  it('refuses a file of 50 MB + 1 byte at once, with a message', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'techlens-'));
    const file = path.join(dir, 'huge.json');
    await (await import('node:fs/promises')).writeFile(file, '');
    await truncate(file, 50 * 1024 * 1024 + 1);
    const panel = await notesPanel(session);
    await panel.locator('input[type=file]').setInputFiles(file);
    await expect.poll(() => allTextOf(panel, '.error'), { timeout: 5_000 }).toContain('文件大于 50 MB');
    await panel.close();
  });

  it('imports 20,000 notes with progress, then lists them a window at a time', async () => {
    const panel = await notesPanel(session);
    // Every status line the import shows, however briefly.
    await panel.evaluate(() => {
      const seen: string[] = ((window as unknown as { statusSeen: string[] }).statusSeen = []);
      new MutationObserver(() => {
        for (const el of document.querySelectorAll('.progress')) seen.push(el.textContent ?? '');
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    const notes = Array.from({ length: 20_000 }, (_, i) =>
      note({
        id: `bulk-${i}`,
        url: `https://news.example.com/p/${i % 500}`,
        body: `第 ${i} 条笔记`,
        updatedAt: 1_700_000_000_000 + i,
      }),
    );
    await panel
      .locator('input[type=file]')
      .setInputFiles({ name: 'bulk.json', mimeType: 'application/json', buffer: notesFile(notes) });
    await expect.poll(() => allTextOf(panel, '.info'), { timeout: 60_000 }).toContain('新增 20000 条');
    const seen = await panel.evaluate(() => (window as unknown as { statusSeen: string[] }).statusSeen);
    expect(seen.some((s) => /正在检查笔记：\d+ \/ 20000/.test(s))).toBe(true);
    expect(seen.some((s) => /正在保存笔记：\d+ \/ 20000/.test(s))).toBe(true);
    await expect.poll(() => panel.locator('.note').count(), { timeout: 10_000 }).toBe(50);
    expect(await allTextOf(panel, '.notes .more')).toMatch(/还有 \d+ 条/);
    await panel.locator('.notes .more').scrollIntoViewIfNeeded();
    await expect.poll(() => panel.locator('.note').count(), { timeout: 10_000 }).toBe(100);
    await screenshot(panel, 'sidepanel-many-notes', false);
    await panel.close();
  });
});

describe('typing saved while it continues', () => {
  const session = useExtension({ locale: 'zh-CN' });

  it('puts steady typing into IndexedDB within about a second, before the reader pauses', async () => {
    const { page, tabId } = await openArticle(session);
    const panel = await notesPanel(session, tabId);
    await panel.getByRole('button', { name: '新建笔记' }).click();
    const box = panel.locator('.note textarea').first();
    await expect.poll(() => box.count(), { timeout: 5_000 }).toBe(1);
    const noteId = (await box.getAttribute('data-note-id')) ?? '';
    await box.focus();
    // 60 keystrokes 100 ms apart: never the 400 ms pause the debounce waits for.
    const text =
      '字节跳动发布豆包大模型价格比行业便宜百分之九十九引发价格战各家纷纷跟进降价阿里百度腾讯都宣布了新的价格方案市场竞争更加激烈';
    let typingDone = false;
    const typing = box.pressSequentially(text.slice(0, 60), { delay: 100 }).then(() => (typingDone = true));
    const reader = await optionsPage(session);
    const storedBody = () =>
      reader.evaluate(
        (id) =>
          new Promise<string>((resolve, reject) => {
            const open = indexedDB.open('techlens-notes');
            open.onerror = () => reject(new Error(String(open.error)));
            open.onsuccess = () => {
              const get = open.result.transaction('notes').objectStore('notes').get(id);
              get.onsuccess = () => {
                resolve((get.result as { body?: string } | undefined)?.body ?? '');
                open.result.close();
              };
            };
          }),
        noteId,
      );
    await expect.poll(async () => (await storedBody()).length, { timeout: 5_000 }).toBeGreaterThan(0);
    expect(typingDone).toBe(false);
    await typing;
    await reader.close();
    await panel.close();
    await page.close();
  });
});
