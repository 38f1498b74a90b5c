// Helpers shared by the browser tests: local pages, Chromium with the built extension,
// screenshots, and a record of any network request the extension makes.
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  chromium,
  type BrowserContext,
  type Frame,
  type Locator,
  type Page,
  type Request,
  type Worker,
} from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { startStaticServer, type StaticServer } from '../../scripts/static-server';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const EXTENSION_DIR = path.join(REPO_ROOT, '.output/chrome-mv3');
export const FIXTURE_PAGES = path.join(REPO_ROOT, 'tests/fixtures/pages');
export const SCREENSHOT_DIR = path.join(REPO_ROOT, 'test-results/screenshots');

export type { StaticServer };

/** Static server on 127.0.0.1 (one implementation, shared with `npm start`). */
export function startServer(root: string = FIXTURE_PAGES): Promise<StaticServer> {
  return startStaticServer(root);
}

// ---------------------------------------------------------------- network watch

export type RequestSource = 'service-worker' | 'extension-page' | 'web-page';

export interface RecordedRequest {
  url: string;
  method: string;
  resourceType: string;
  source: RequestSource;
  /** URL of the service worker or frame that made the request. */
  initiator: string;
}

export interface RequestWatch {
  /** Requests that left the browser for somewhere not allowed (see watchRequests). */
  readonly requests: readonly RecordedRequest[];
  /** Also allow this origin, e.g. the test server's (`server.origin`). */
  allow(origin: string): void;
  stop(): void;
}

export interface WatchOptions {
  /** Only count this extension; default: any chrome-extension:// origin. */
  extensionId?: string;
  /**
   * Also record requests made by web pages. Content scripts fetch with the page's
   * origin, so this is the only way to see theirs; it also sees the page's own
   * requests, so use it with local pages that load nothing from elsewhere.
   */
  includePages?: boolean;
  /** Origins that don't count, e.g. the test server. */
  allow?: string[];
}

// Schemes that never leave the browser.
const LOCAL_SCHEMES = new Set(['chrome-extension:', 'data:', 'blob:', 'about:', 'chrome:', 'devtools:']);

/**
 * Records requests by the extension (its service worker and its pages) to anything
 * but chrome-extension:, data:, blob: and the allowed origins. Attach it before the
 * extension starts (launchExtension does) or startup requests can be missed.
 * Not covered: WebSockets (Playwright reports them per page only).
 */
export function watchRequests(context: BrowserContext, options: WatchOptions = {}): RequestWatch {
  const allowed = new Set((options.allow ?? []).map((o) => new URL(o).origin));
  const all: RecordedRequest[] = [];
  const isExtensionUrl = (url: string): boolean =>
    options.extensionId
      ? url.startsWith(`chrome-extension://${options.extensionId}/`)
      : url.startsWith('chrome-extension://');

  const onRequest = (request: Request): void => {
    let initiator: string;
    let source: RequestSource;
    const worker: Worker | null = request.serviceWorker();
    if (worker) {
      initiator = worker.url();
      if (!isExtensionUrl(initiator)) return;
      source = 'service-worker';
    } else {
      try {
        initiator = request.frame().url();
      } catch {
        return; // neither a frame nor a service worker: not ours
      }
      if (isExtensionUrl(initiator)) source = 'extension-page';
      else if (options.includePages) source = 'web-page';
      else return;
    }
    all.push({ url: request.url(), method: request.method(), resourceType: request.resourceType(), source, initiator });
  };
  context.on('request', onRequest);

  return {
    // Filter on read, so an origin allowed later (a server started after launch) applies.
    get requests() {
      return all.filter((r) => {
        let u: URL;
        try {
          u = new URL(r.url);
        } catch {
          return true;
        }
        return !LOCAL_SCHEMES.has(u.protocol) && !allowed.has(u.origin);
      });
    },
    allow: (origin) => {
      allowed.add(new URL(origin).origin);
    },
    stop: () => {
      context.off('request', onRequest);
    },
  };
}

// ---------------------------------------------------------------- launching

export interface LaunchedExtension {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  /** Watching since before the extension was loaded (includes web pages; see watchRequests). */
  network: RequestWatch;
  /** The X display of a headed browser (see LaunchOptions.headed). */
  display?: string;
  close(): Promise<void>;
}

export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH || '/usr/bin/chromium';
}

/**
 * Chromium with the built extension (.output/chrome-mv3) in a fresh temporary profile.
 *
 * Headless: since Chromium 132 the old headless mode lives only in chrome-headless-shell
 * and `--headless` in the full browser *is* the new headless mode, which runs extensions.
 * So playwright-core's `headless: true` (it passes `--headless`) is enough; checked on
 * Debian Chromium 156, where even `--headless=old` starts the new mode.
 *
 * Loading: `--load-extension`, as a reader's unpacked install. The request watcher is attached
 * as soon as the context exists; the service worker may already have started by then, so a
 * request made in the worker's very first moments could be missed. The extension makes none at
 * start-up (it reads its bundled data), and the no-network tests watch while pages are read and
 * hovered, after the watcher is attached.
 */
export interface LaunchOptions {
  /** Browser UI language (chrome.i18n's locale), e.g. 'zh-TW' or 'en-US'. Default: en-US. */
  locale?: string;
  /** Reuse a profile directory (kept on close) instead of a fresh temporary one. */
  profileDir?: string;
  /**
   * A real browser window on a virtual X display (Xvfb) instead of headless: extension
   * keyboard shortcuts are browser accelerators, which only real key events reach.
   */
  headed?: boolean;
}

/** A private X display for a headed browser; closed with the browser. */
async function startVirtualDisplay(): Promise<{ display: string; stop: () => void }> {
  const { spawn } = await import('node:child_process');
  const number = 90 + Math.floor(Math.random() * 400);
  const display = `:${number}`;
  const xvfb = spawn('Xvfb', [display, '-screen', '0', '1280x900x24', '-nolisten', 'tcp'], { stdio: 'ignore' });
  const failed = new Promise<never>((_, reject) => {
    xvfb.once('error', (error) =>
      reject(new Error(`Xvfb did not start (apt-get install -y xvfb xdotool): ${error.message}`)),
    );
    xvfb.once('exit', (code) => reject(new Error(`Xvfb exited with code ${code} on display ${display}`)));
  });
  // Ready once its socket exists.
  const ready = (async () => {
    for (let i = 0; i < 100 && !existsSync(`/tmp/.X11-unix/X${number}`); i++)
      await new Promise((r) => setTimeout(r, 50));
  })();
  await Promise.race([ready, failed]);
  return { display, stop: () => xvfb.kill() };
}

/** Presses keys as a real keyboard does, on the headed browser's display (xdotool). */
export async function pressKeysOnDisplay(ext: LaunchedExtension, keys: string): Promise<void> {
  if (!ext.display) throw new Error('pressKeysOnDisplay needs a browser launched with { headed: true }');
  const { execFile } = await import('node:child_process');
  await new Promise<void>((resolve, reject) =>
    execFile(
      'xdotool',
      ['key', '--clearmodifiers', keys],
      { env: { ...process.env, DISPLAY: ext.display } },
      (error) => (error ? reject(new Error(`xdotool key ${keys} failed: ${error.message}`)) : resolve()),
    ),
  );
}

export async function launchExtension(options: LaunchOptions = {}): Promise<LaunchedExtension> {
  if (!existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(
      `The extension is not built: ${EXTENSION_DIR}/manifest.json is missing. Run \`npx wxt build\` (or \`npm run build\`) first.`,
    );
  }
  const executablePath = chromiumPath();
  if (!existsSync(executablePath)) {
    throw new Error(
      `No Chromium at ${executablePath}. Install it (apt-get install -y chromium fonts-wqy-microhei) or set CHROMIUM_PATH.`,
    );
  }

  const profile = options.profileDir ?? (await mkdtemp(path.join(tmpdir(), 'techlens-profile-')));
  const keepProfile = options.profileDir !== undefined;
  const locale = options.locale ?? 'en-US';
  const posixLocale = locale.replace('-', '_');
  let context: BrowserContext | undefined;
  const screen = options.headed ? await startVirtualDisplay() : undefined;
  try {
    context = await chromium.launchPersistentContext(profile, {
      headless: !screen,
      executablePath,
      // Chromium on Linux takes its UI language from the environment; --lang is the fallback.
      env: {
        ...process.env,
        ...(screen ? { DISPLAY: screen.display } : {}),
        LANGUAGE: `${posixLocale}:${locale.split('-')[0]}`,
        LANG: `${posixLocale}.UTF-8`,
        LC_ALL: `${posixLocale}.UTF-8`,
      },
      locale,
      args: [
        `--disable-extensions-except=${EXTENSION_DIR}`,
        `--load-extension=${EXTENSION_DIR}`,
        '--no-sandbox',
        '--disable-gpu',
        // This machine's network is closed: without these Chromium retries Google's hosts.
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
        `--lang=${locale}`,
      ],
    });
    const network = watchRequests(context, { includePages: true });

    // The extension id is the host of its service worker's URL.
    const isExtensionWorker = (w: Worker): boolean => w.url().startsWith('chrome-extension://');
    const serviceWorker =
      context.serviceWorkers().find(isExtensionWorker) ??
      (await context.waitForEvent('serviceworker', { predicate: isExtensionWorker, timeout: 15_000 }).catch(() => {
        throw new Error(`The extension at ${EXTENSION_DIR} did not start a service worker within 15 s`);
      }));
    const extensionId = new URL(serviceWorker.url()).host;

    const ctx = context;
    return {
      context: ctx,
      extensionId,
      serviceWorker,
      network,
      display: screen?.display,
      close: async () => {
        network.stop();
        await ctx.close().catch(() => undefined);
        screen?.stop();
        if (!keepProfile) await rm(profile, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await context?.close().catch(() => undefined);
    screen?.stop();
    if (!keepProfile) await rm(profile, { recursive: true, force: true });
    throw error;
  }
}

/**
 * Resolves once the extension's content script has run in `page`: Chromium gives each
 * extension's content scripts an isolated world whose origin is the extension's.
 */
export async function waitForContentScript(page: Page, extensionId: string, timeoutMs = 10_000): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const origin = `chrome-extension://${extensionId}`;
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`No content script of ${extensionId} ran in ${page.url()} within ${timeoutMs} ms`)),
        timeoutMs,
      );
      cdp.on('Runtime.executionContextCreated', ({ context }) => {
        if (context.origin === origin) {
          clearTimeout(timer);
          resolve();
        }
      });
      // Runtime.enable replays the contexts that already exist, then reports new ones.
      cdp.send('Runtime.enable').catch(reject);
    });
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

// ---------------------------------------------------------------- the content script's own state

/** What the content script says of itself (lib/content/status.ts), as the tests read it. */
export interface ContentStatus {
  phase: 'starting' | 'waiting-for-chinese' | 'off' | 'on' | 'no-recognizer';
  /** Stored generation of the recognizer marking the page (0: none yet). */
  generation: number;
  /** Settings being applied, or marks being computed for the page as it is now. */
  busy: boolean;
  /** Mentions marked on the page, drawn or not (only those near the viewport are drawn). */
  mentions: number;
  /** The card: shown, and whether a pointer move, an opening or a closing is still under way (null: no lens). */
  hover: { shown: boolean; judging: boolean; opening: boolean; closing: boolean } | null;
  settings: { paused: boolean; markedTypes: string[]; highlightStyle: string; trigger: string; script: string };
}

/** The DevTools frame id of a Playwright frame: the main frame's, or the child frame with that URL. */
function cdpFrameId(
  tree: { frame: { id: string; url: string; urlFragment?: string }; childFrames?: unknown[] },
  target: Frame,
): string | undefined {
  if (!target.parentFrame()) return tree.frame.id;
  const stack = [...((tree.childFrames ?? []) as (typeof tree)[])];
  while (stack.length) {
    const node = stack.shift()!;
    if (node.frame.url + (node.frame.urlFragment ?? '') === target.url() || node.frame.url === target.url())
      return node.frame.id;
    stack.push(...((node.childFrames ?? []) as (typeof tree)[]));
  }
  return undefined;
}

/**
 * The extension's content script status in a page (or one of its frames), read in the script's
 * own isolated world through the DevTools protocol: null while the script has not started there.
 */
export async function contentStatus(
  page: Page,
  extensionId: string,
  frame: Frame = page.mainFrame(),
): Promise<ContentStatus | null> {
  const cdp = await page.context().newCDPSession(page);
  const origin = `chrome-extension://${extensionId}`;
  try {
    const contexts: Array<{ id: number; origin: string; auxData?: { frameId?: string } }> = [];
    cdp.on('Runtime.executionContextCreated', ({ context }) => contexts.push(context));
    // Runtime.enable replays the contexts that exist before it answers.
    await cdp.send('Runtime.enable');
    const { frameTree } = await cdp.send('Page.getFrameTree');
    const frameId = cdpFrameId(frameTree, frame);
    const world = contexts.find((c) => c.origin === origin && c.auxData?.frameId === frameId);
    if (!world) return null;
    const { result } = await cdp.send('Runtime.evaluate', {
      expression: 'typeof techlensStatus === "function" ? techlensStatus() : null',
      contextId: world.id,
      returnByValue: true,
    });
    return (result.value as ContentStatus | null) ?? null;
  } catch {
    return null; // the page navigated or closed meanwhile
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/**
 * Waits until the content script in `page` (or `frame`) has finished its work — settings
 * applied, no scan queued, running or gathering page changes — in a state that `until` accepts
 * (by default any decided state), and returns that state. A test that asserts that something is
 * *not* marked waits for this first: before, "not marked" may only mean "not scanned yet".
 * `until` names the state the action under test must lead to (a phase, a recognizer generation,
 * settings), since the script hears of a change in storage only some time after it is written.
 */
export async function settledStatus(
  page: Page,
  extensionId: string,
  until: (status: ContentStatus) => boolean = () => true,
  { frame, timeout = 15_000 }: { frame?: Frame; timeout?: number } = {},
): Promise<ContentStatus> {
  let last: ContentStatus | null = null;
  await expect
    .poll(
      async () => {
        last = await contentStatus(page, extensionId, frame);
        return last !== null && last.phase !== 'starting' && !last.busy && until(last);
      },
      { timeout, interval: 100 },
    )
    .toBe(true);
  return last!;
}

/**
 * Waits until the pointer's last move over `page` has been judged and no card is about to open
 * or close (no hover intent or grace timer running): the card's state read then stays as it is
 * until the next input, so "no card" is an answer, not a card that has not opened yet.
 */
export function settledHover(page: Page, extensionId: string, options: { frame?: Frame } = {}): Promise<ContentStatus> {
  return settledStatus(
    page,
    extensionId,
    ({ hover }) => hover !== null && !hover.judging && !hover.opening && !hover.closing,
    options,
  );
}

// ---------------------------------------------------------------- screenshots

/** Saves a PNG into test-results/screenshots/NAME.png (gitignored); returns its path. */
export async function screenshot(page: Page, name: string, fullPage = true): Promise<string> {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name.replace(/[^\w.-]+/g, '_')}.png`);
  await page.screenshot({ path: file, fullPage });
  return file;
}

// ---------------------------------------------------------------- shared test setup

export interface Session {
  readonly ext: LaunchedExtension;
  readonly server: StaticServer;
}

/**
 * One Chromium with the extension and one local server for a test file: started before its
 * tests, closed after. Requests to the server do not count as the extension's.
 */
/** A new tab on a test page (`path` from the server's root), its address and the tab's id. */
export async function openTab(
  session: Session,
  path: string,
  width = 1000,
): Promise<{ page: Page; url: string; tabId: number }> {
  const page = await session.ext.context.newPage();
  await page.setViewportSize({ width, height: 800 });
  const url = session.server.url(path.startsWith('/') ? path : `/${path}`);
  await page.goto(url);
  return { page, url, tabId: await tabIdOf(session.ext, url) };
}

export function useExtension(options: LaunchOptions = {}): Session {
  let ext: LaunchedExtension | undefined;
  let server: StaticServer | undefined;
  beforeAll(async () => {
    server = await startServer();
    ext = await launchExtension(options);
    ext.network.allow(server.origin);
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });
  return {
    get ext() {
      if (!ext) throw new Error('the extension is not launched yet');
      return ext;
    },
    get server() {
      if (!server) throw new Error('the server is not started yet');
      return server;
    },
  };
}

// ---------------------------------------------------------------- reading our marks

export interface PageMark {
  /** Entity type (the highlight's name without the techlens- prefix). */
  type: string;
  text: string;
  /** id of the nearest ancestor element that has one. */
  id: string;
  /** Center of the mark's first line box, in viewport coordinates. */
  x: number;
  y: number;
}

/**
 * Every range in our highlights, in document order, read from the page's own world. A test page
 * that replaces `CSS.highlights` keeps the real registry in `window.realHighlightRegistry`.
 */
export function pageMarks(page: Page | Frame): Promise<PageMark[]> {
  return page.evaluate(() => {
    const out: Array<{ type: string; text: string; id: string; x: number; y: number; range: Range }> = [];
    const registry =
      (window as unknown as { realHighlightRegistry?: HighlightRegistry }).realHighlightRegistry ?? CSS.highlights;
    for (const [name, highlight] of registry) {
      // Entity marks only: not the open card's, a flash, or note quotes.
      if (!name.startsWith('techlens-') || ['techlens-active', 'techlens-flash', 'techlens-note'].includes(name))
        continue;
      for (const r of highlight) {
        const range = document.createRange();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        const rect = range.getClientRects()[0];
        const host = r.startContainer.parentElement?.closest('[id]');
        out.push({
          type: name.slice('techlens-'.length),
          text: range.toString(),
          id: host?.id ?? '',
          x: rect ? rect.left + rect.width / 2 : -1,
          y: rect ? rect.top + rect.height / 2 : -1,
          range,
        });
      }
    }
    // No named inner functions here: tsx (used by the benchmark) would wrap them in a helper
    // that does not exist in the page.
    out.sort((a, b) =>
      a.range.startContainer.getRootNode() === b.range.startContainer.getRootNode()
        ? a.range.compareBoundaryPoints(Range.START_TO_START, b.range)
        : 0,
    );
    // A plain loop: a hostile test page replaces Array.prototype.map in this world.
    const marks = [];
    for (const { range: _range, ...mark } of out) marks.push(mark);
    return marks;
  });
}

/**
 * Waits for a mark with this text, scrolls it near the top of the view and returns its center.
 * Marks are drawn only near the viewport, so text far down the page is scrolled to first.
 */
export async function markPoint(page: Page, text: string): Promise<{ x: number; y: number }> {
  let mark: PageMark | undefined;
  await expect
    .poll(
      async () => {
        const height = page.viewportSize()?.height ?? 800;
        mark = nearest(await pageMarks(page), text, height / 2);
        if (!mark) {
          await page.evaluate((wanted) => {
            const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
              if (node.textContent?.includes(wanted)) return node.parentElement?.scrollIntoView({ block: 'center' });
            }
          }, text);
        }
        return mark !== undefined;
      },
      { timeout: 20_000 },
    )
    .toBe(true);
  await page.evaluate((dy) => window.scrollBy(0, dy), mark!.y - 40);
  // Scrolling redraws the marks around the new viewport, so the first one in document order may
  // now be a different mark, screens away: take the one that landed where we scrolled.
  const moved = nearest(await pageMarks(page), text, 40)!;
  return { x: moved.x, y: moved.y };
}

/** The mark with this text whose center is closest to the height `y` of the viewport. */
function nearest(marks: PageMark[], text: string, y: number): PageMark | undefined {
  let best: PageMark | undefined;
  for (const m of marks) if (m.text === text && (!best || Math.abs(m.y - y) < Math.abs(best.y - y))) best = m;
  return best;
}

/** Moves the pointer onto a mark the way a hand does: from nearby, in a few steps. */
export async function hoverMark(page: Page, text: string): Promise<void> {
  const { x, y } = await markPoint(page, text);
  await page.mouse.move(x - 40, y + 60);
  await page.mouse.move(x, y, { steps: 4 });
}

// ---------------------------------------------------------------- tabs and the side panel

/** The extension API as seen inside the service worker (evaluated there, typed here). */
declare const chrome: { storage: { session: { get(keys: null): Promise<Record<string, unknown>> } } };

/** The tab id of a page, from the entity report the background keeps per tab. */
export async function tabIdOf(ext: LaunchedExtension, url: string): Promise<number> {
  let id: number | undefined;
  await expect
    .poll(
      async () => {
        id = await ext.serviceWorker.evaluate(async (u) => {
          const all = await chrome.storage.session.get(null);
          const key = Object.keys(all).find((k) => k.startsWith('page:') && (all[k] as { url?: string }).url === u);
          return key ? Number(key.slice('page:'.length)) : undefined;
        }, url);
        return id;
      },
      { timeout: 10_000 },
    )
    .toBeTruthy();
  return id!;
}

/**
 * A click on the context-menu item `menuItemId` in tab `tabId`, as Chromium reports it: the
 * worker's chrome.contextMenus.onClicked event is dispatched with that info and tab, which runs
 * the listeners the extension registered (Playwright cannot click the browser's own menus).
 */
export async function clickMenuItem(
  ext: LaunchedExtension,
  menuItemId: string,
  tabId: number,
  info: object = {},
): Promise<void> {
  await ext.serviceWorker.evaluate(
    ({ menuItemId, tabId, info }) => {
      const onClicked = (
        chrome as unknown as {
          contextMenus: { onClicked: { hasListeners(): boolean; dispatch(info: object, tab: object): void } };
        }
      ).contextMenus.onClicked;
      if (!onClicked.hasListeners()) throw new Error('no context-menu listener is registered');
      onClicked.dispatch({ menuItemId, editable: false, ...info }, { id: tabId });
    },
    { menuItemId, tabId, info },
  );
}

/** Pauses or resumes the extension everywhere, as the options page does (settings in storage.sync). */
export async function setPaused(ext: LaunchedExtension, paused: boolean): Promise<void> {
  await ext.serviceWorker.evaluate(async (p) => {
    const sync = (
      chrome.storage as unknown as {
        sync: { get(k: string): Promise<Record<string, unknown>>; set(v: object): Promise<void> };
      }
    ).sync;
    const { settings } = await sync.get('settings');
    await sync.set({ settings: { ...(settings as object | undefined), paused: p } });
  }, paused);
}

/**
 * Every mention the page's content script counted (drawn or not: only marks near the viewport
 * are drawn), from the report the background keeps per tab: 0 until the page has reported.
 */
export async function reportedMentions(ext: LaunchedExtension, url: string): Promise<number> {
  return ext.serviceWorker.evaluate(async (u) => {
    const all = await chrome.storage.session.get(null);
    const report = Object.entries(all).find(
      ([k, v]) => k.startsWith('page:') && (v as { url?: string }).url === u,
    )?.[1] as { entities: Array<{ count: number }> } | undefined;
    let total = 0;
    for (const entity of report?.entities ?? []) total += entity.count;
    return total;
  }, url);
}

/**
 * The side panel page in a tab, following `tabId` (Playwright cannot drive Chrome's real side
 * panel; the page is the same).
 */
export async function openPanel(
  ext: LaunchedExtension,
  tabId: number,
  size = { width: 400, height: 900 },
): Promise<Page> {
  const panel = await ext.context.newPage();
  await panel.setViewportSize(size);
  await panel.goto(`chrome-extension://${ext.extensionId}/sidepanel.html?tab=${tabId}`);
  return panel;
}

/**
 * Types `text` into the panel's first note editor, closes the panel right after the last
 * keystroke (with or without its beforeunload: a closed panel, or a killed one), then checks
 * that a new panel for the tab shows the text.
 */
export async function expectTypingSurvivesClose(
  ext: LaunchedExtension,
  tabId: number,
  panel: Page,
  text: string,
  runBeforeUnload: boolean,
): Promise<void> {
  const box = panel.locator('.note textarea').first();
  await expect.poll(() => box.count(), { timeout: 5_000 }).toBe(1);
  await box.focus();
  await box.fill('');
  await box.pressSequentially(text);
  await panel.close({ runBeforeUnload });
  const again = await openPanel(ext, tabId);
  await again.getByRole('tab', { name: /笔记/ }).click();
  await expect
    .poll(
      () =>
        again
          .locator('.note textarea')
          .first()
          .inputValue()
          .catch(() => ''),
      { timeout: 5_000 },
    )
    .toBe(text);
  await again.close();
}

/** Sizes of our non-entity highlights in a page: the open card's mark, a flash, note quotes. */
export function highlightSizes(
  page: Page,
): Promise<{ active: number; flash: number; note: number; noteText: string[] }> {
  return page.evaluate(() => {
    const size = (name: string) => CSS.highlights.get(name)?.size ?? 0;
    const noteText: string[] = [];
    for (const r of CSS.highlights.get('techlens-note') ?? []) {
      const range = document.createRange();
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
      noteText.push(range.toString());
    }
    return { active: size('techlens-active'), flash: size('techlens-flash'), note: size('techlens-note'), noteText };
  });
}

// ---------------------------------------------------------------- health of a page under load

export interface PageHealth {
  /** Exceptions and console errors from any world of the page (ours included), as text. */
  errors: string[];
  /** Durations (ms) of long tasks that began after the page's DOMContentLoaded. */
  longTasks(): Promise<number[]>;
  stop(): Promise<void>;
}

/**
 * Watches a page before it loads: every exception or console error in any of its worlds (the
 * extension's isolated world included, which Playwright's own events do not report), and the
 * page's long tasks.
 */
export async function watchHealth(page: Page): Promise<PageHealth> {
  const errors: string[] = [];
  const cdp = await page.context().newCDPSession(page);
  cdp.on('Runtime.exceptionThrown', ({ exceptionDetails }) => {
    errors.push(`${exceptionDetails.exception?.description ?? exceptionDetails.text} @ ${exceptionDetails.url ?? ''}`);
  });
  cdp.on('Runtime.consoleAPICalled', ({ type, args }) => {
    if (type === 'error' || type === 'assert')
      errors.push(args.map((a) => String(a.value ?? a.description ?? '')).join(' '));
  });
  await cdp.send('Runtime.enable');
  await page.addInitScript(() => {
    const w = window as unknown as { longTasks: number[] };
    w.longTasks = [];
    addEventListener('DOMContentLoaded', () => {
      // Tasks that began before this point are the page's parsing (content scripts run later).
      const loaded = performance.now();
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) if (entry.startTime >= loaded) w.longTasks.push(entry.duration);
      }).observe({ type: 'longtask' });
    });
  });
  return {
    errors,
    longTasks: () => page.evaluate(() => (window as unknown as { longTasks?: number[] }).longTasks ?? []),
    stop: () => cdp.detach().catch(() => undefined),
  };
}

/** For expect.poll: an element's text, '' while it does not exist (or is detached). */
export function textOf(locator: Locator): () => Promise<string> {
  return () => locator.innerText().catch(() => '');
}
