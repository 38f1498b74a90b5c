// What a page can do to the content script, and what it must not be able to: drive the
// popover's controls with synthetic events, learn the extension id from WXT's start-up
// handshake or stop the script by forging it. Also the content script on pages that keep
// changing (a ticking clock must not keep the report from the panel), client-rendered pages
// whose Chinese arrives after load, and frames on a site that is off.
import type { Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  hoverMark,
  markPoint,
  pageMarks,
  reportedMentions,
  settledHover,
  settledStatus,
  useExtension,
  waitForContentScript,
  textOf,
} from './harness';

const SENTENCE = '据报道，字节跳动旗下的豆包与阿里云的通义千问都在扩大用户规模。';
const NAMES_PER_SENTENCE = 4;
const html = (body: string, lang = 'zh-CN') =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>页面</title></head><body>${body}</body></html>`;

const marksOn = (page: Page | Frame) => pageMarks(page).then((marks) => marks.length);

describe('a page cannot drive or stop the content script', () => {
  const session = useExtension({ locale: 'zh-CN' });

  async function open(path: string, source: string): Promise<Page> {
    session.server.page(path, source);
    const page = await session.ext.context.newPage();
    await page.setViewportSize({ width: 1000, height: 800 });
    await page.goto(session.server.url(path));
    return page;
  }

  it("opens no card and presses no button for a page's synthetic events", async () => {
    const page = await open('/forged-input.html', html(`<p>${SENTENCE}</p><p>${SENTENCE}</p>`));
    await expect.poll(() => marksOn(page), { timeout: 10_000 }).toBe(2 * NAMES_PER_SENTENCE);

    // The probe's attack: pointer events over a mark, then waiting past the hover intent.
    const point = await markPoint(page, '字节跳动');
    const openedByPage = await page.evaluate(async ({ x, y }) => {
      const target = document.elementFromPoint(x, y)!;
      const init = { clientX: x, clientY: y, bubbles: true, composed: true };
      for (let i = 0; i < 5; i++) {
        target.dispatchEvent(new PointerEvent('pointermove', { ...init, pointerType: 'mouse' }));
        await new Promise((resolve) => requestAnimationFrame(resolve));
      }
      target.dispatchEvent(new PointerEvent('pointerdown', { ...init, pointerType: 'touch' }));
      const popover = document.querySelector('techlens-popover')?.shadowRoot?.querySelector('.popover');
      return popover?.matches(':popover-open') ?? false;
    }, point);
    // Every forged move had its frame: had one been taken, a card would be open or about to open
    // (hover intent) now; none is, so none will.
    const afterForgery = await settledHover(page, session.ext.extensionId);
    expect(afterForgery.hover).toEqual({ shown: false, judging: false, opening: false, closing: false });
    expect(openedByPage).toBe(false);

    // The reader opens the card; the page then clicks every action through the shadow root.
    await hoverMark(page, '字节跳动');
    const popover = page.locator('techlens-popover .popover');
    await expect.poll(textOf(popover), { timeout: 5_000 }).toContain('在此网站关闭');
    const clicked = await page.evaluate(async () => {
      const root = document.querySelector('techlens-popover')!.shadowRoot!;
      const labels: string[] = [];
      for (const button of root.querySelectorAll<HTMLButtonElement>('button.action')) {
        labels.push(button.textContent ?? '');
        button.click();
        button.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
      }
      // Long enough for a storage write and the marks it would remove.
      await new Promise((resolve) => setTimeout(resolve, 1000));
      return labels;
    });
    expect(clicked).toEqual(expect.arrayContaining(['在此网站关闭']));
    expect(await marksOn(page)).toBe(2 * NAMES_PER_SENTENCE);
    expect(await popover.evaluate((el) => el.matches(':popover-open'))).toBe(true);
    // No panel was asked for, no note seeded.
    const stored = await session.ext.serviceWorker.evaluate(async () =>
      JSON.stringify(
        await (
          globalThis as unknown as { chrome: { storage: { session: { get(k: null): Promise<object> } } } }
        ).chrome.storage.session.get(null),
      ),
    );
    expect(stored).not.toContain('open-panel');
    // And still on after a reload: the site was not turned off.
    await page.reload();
    await expect.poll(() => marksOn(page), { timeout: 10_000 }).toBe(2 * NAMES_PER_SENTENCE);
    await page.close();
  });

  it('posts nothing with the extension id to the page, and ignores a forged "newer script started" event', async () => {
    const page = await session.ext.context.newPage();
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { seenMessages: string[] }).seenMessages = seen;
      addEventListener('message', (event) => seen.push(JSON.stringify(event.data)));
    });
    session.server.page('/handshake.html', html(`<p>${SENTENCE}</p><p>${SENTENCE}</p>`));
    await page.goto(session.server.url('/handshake.html'));
    await expect.poll(() => marksOn(page), { timeout: 10_000 }).toBe(2 * NAMES_PER_SENTENCE);
    const seen = await page.evaluate(() => (window as unknown as { seenMessages: string[] }).seenMessages.join('\n'));
    expect(seen).not.toContain(session.ext.extensionId);

    // A page that knows the id (store extensions' ids are public) forges WXT's announcement.
    await page.evaluate((id) => {
      document.dispatchEvent(
        new CustomEvent(`${id}:content:wxt:content-script-started`, {
          detail: { contentScriptName: 'content', messageId: 'forged' },
        }),
      );
    }, session.ext.extensionId);
    // Still running: content added afterwards is marked too.
    await page.evaluate((text) => {
      const p = document.createElement('p');
      p.textContent = text;
      document.body.append(p);
    }, SENTENCE);
    await expect.poll(() => marksOn(page), { timeout: 10_000 }).toBe(3 * NAMES_PER_SENTENCE);
    await page.close();
  });
});

describe('pages that keep changing or arrive late', () => {
  const session = useExtension({ locale: 'zh-CN' });

  it('reports the entities of a page that ticks every 100 ms, while it ticks', async () => {
    const clock = `<p id="clock">0</p><script>setInterval(() => { document.getElementById('clock').textContent = String(Date.now()); }, 100);</script>`;
    session.server.page('/ticking.html', html(`<p>${SENTENCE}</p><p>${SENTENCE}</p>${clock}`));
    const page = await session.ext.context.newPage();
    await page.goto(session.server.url('/ticking.html'));
    await expect.poll(() => marksOn(page), { timeout: 10_000 }).toBe(2 * NAMES_PER_SENTENCE);
    await expect
      .poll(() => reportedMentions(session.ext, page.url()), { timeout: 10_000 })
      .toBe(2 * NAMES_PER_SENTENCE);
    // The clock is still ticking: the report came while the page changed.
    const before = await page.locator('#clock').innerText();
    await expect.poll(() => page.locator('#clock').innerText()).not.toBe(before);
    await page.close();
  });

  it('marks a client-rendered page declared lang="en" whose Chinese article arrives a second after load', async () => {
    const app = `<div id="app">Loading…</div><script>setTimeout(() => { document.getElementById('app').innerHTML = '<article><p>${SENTENCE}</p><p>${SENTENCE}</p></article>'; }, 1000);</script>`;
    session.server.page('/client-rendered.html', html(app, 'en'));
    const page = await session.ext.context.newPage();
    await page.goto(session.server.url('/client-rendered.html'));
    await expect.poll(() => marksOn(page), { timeout: 10_000 }).toBe(2 * NAMES_PER_SENTENCE);
    await page.close();
  });

  it('builds nothing in the frames of a site that is off, and builds it when the site is turned on', async () => {
    session.server.page('/off-article.html', html(`<p>${SENTENCE}</p>`));
    session.server.page('/off-inner.html', html(`<p>${SENTENCE}</p>`));
    const srcdoc = html(`<p>${SENTENCE}</p>`).replace(/"/g, '&quot;');
    session.server.page(
      '/off-frames.html',
      html(
        `<p>${SENTENCE}</p><iframe src="/off-inner.html" style="width:900px;height:150px;border:0"></iframe><iframe srcdoc="${srcdoc}" style="width:900px;height:150px;border:0"></iframe>`,
      ),
    );
    // The reader turns the site off from the popover.
    const article = await session.ext.context.newPage();
    await article.setViewportSize({ width: 1000, height: 800 });
    await article.goto(session.server.url('/off-article.html'));
    await hoverMark(article, '字节跳动');
    const off = article.locator('techlens-popover').getByRole('button', { name: '在此网站关闭' });
    await expect.poll(() => off.count(), { timeout: 5_000 }).toBe(1);
    await off.click();
    await settledStatus(article, session.ext.extensionId, (s) => s.phase === 'off');
    expect(await marksOn(article)).toBe(0);

    const page = await session.ext.context.newPage();
    await page.goto(session.server.url('/off-frames.html'));
    await waitForContentScript(page, session.ext.extensionId);
    const hosts = async () => {
      let count = 0;
      for (const frame of page.frames()) count += await frame.locator('techlens-popover').count();
      return count;
    };
    expect(page.frames()).toHaveLength(3);
    // Each frame's script has read the settings and decided to stay off: only then is "nothing
    // built, nothing marked" more than "not started yet".
    for (const frame of page.frames()) {
      const status = await settledStatus(page, session.ext.extensionId, (s) => s.phase !== 'waiting-for-chinese', {
        frame,
      });
      expect(status.phase).toBe('off');
    }
    expect(await hosts()).toBe(0);
    for (const frame of page.frames()) expect(await marksOn(frame)).toBe(0);

    // Turned back on from the options page: every frame builds its lens and marks.
    const options = await session.ext.context.newPage();
    await options.goto(`chrome-extension://${session.ext.extensionId}/options.html`);
    await options.getByRole('button', { name: '重新开启' }).click();
    for (const frame of page.frames())
      await expect.poll(() => marksOn(frame), { timeout: 10_000 }).toBe(NAMES_PER_SENTENCE);
    await expect.poll(hosts, { timeout: 5_000 }).toBe(3);
    await options.close();
    await article.close();
    await page.close();
  });
});
