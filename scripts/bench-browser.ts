/**
 * Browser benchmarks in real Chromium with the built extension: popover latency, and the main
 * thread while huge pages are marked.
 *
 * Measured in the page's own world from the moment the pointer comes to rest on a name to the
 * popover's `toggle` event (its shadow root is open, so the page can listen), minus the 150 ms
 * hover intent. "First" is the first popover on a fresh page (no card cached: a round trip to
 * the service worker); "later" are the next ones; "cold" is the first popover after the worker
 * was stopped (chrome://serviceworker-internals' Stop button: the DevTools protocol's stop calls
 * leave it running), as after Chromium's 30 s idle stop. The baseline is one animation frame
 * measured in the same page, so the figures read as "frames".
 *
 * Huge pages: long tasks (over 50 ms) after DOMContentLoaded while a page of 100,000 nodes, one
 * of 10,000 paragraphs, one with a single 1 MB text node and 1.2 MB of news articles
 * (scripts/news-page.ts) are marked, against the same page loaded with the extension paused
 * (its own parsing and layout) in the same run. A trace of each load also names the tasks that
 * ran extension code (scripts/main-thread-trace.ts), so the longest task the extension caused
 * is reported beside the page's own. The append storm (the probe's infinite scroll: 5,000
 * paragraphs a second) is measured the same way, with the time from its end to every
 * mention counted. The tests do not assert on these: on a shared machine any task can be
 * stretched past 50 ms. `BENCH_PART=main-thread` skips the popover part; the stored recognizer
 * (storage read at a content script's start, sizes, first mark) runs first, and
 * `BENCH_PART=stored-recognizer` runs only it.
 * Run after `npm run build`; part of `npm run bench`.
 */
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import {
  launchExtension,
  pageMarks,
  reportedMentions,
  setPaused,
  startServer,
  watchHealth,
  REPO_ROOT,
  type LaunchedExtension,
  type StaticServer,
} from '../tests/browser/harness';
import { HOVER_INTENT_MS } from '../lib/page/hover';
import type { Page } from 'playwright-core';
import { traceMainThread, type TaskReport } from './main-thread-trace';
import { newsPage } from './news-page';
import { readerEntities } from './bench-reader-entities';
import { mergeReaderNames } from '../lib/library/reader-names';
import { lexiconCosts, wordSource } from '../lib/match/crossing-words';
import { encodeRecognizer, RECOGNIZER_KEY } from '../lib/recognizer-store';
import type { RecognizerData } from '../lib/match/recognizer';
import { scriptVariants } from '../lib/text/convert';
import { foldPairs } from '../lib/text/fold-table';
import { seeded } from './bench-random';

async function markCenters(page: Page, names: string[]): Promise<Array<{ x: number; y: number }>> {
  const marks = await pageMarks(page);
  return names.map((n) => marks.find((m) => m.text === n)).filter((m) => m !== undefined);
}

/** Time from pointer rest to the popover opening, in ms, measured in the page. */
async function hoverLatency(page: Page, point: { x: number; y: number }): Promise<number> {
  await page.mouse.move(5, 5);
  await page.waitForTimeout(500);
  // A string, not a function: tsx would wrap named inner functions in a helper the page lacks.
  await page.evaluate(`
    window.__opened = new Promise((resolve) => {
      const popover = document.querySelector('techlens-popover').shadowRoot.querySelector('.popover');
      popover.addEventListener('toggle', function onToggle(e) {
        if (e.newState !== 'open') return;
        popover.removeEventListener('toggle', onToggle);
        // The popover opens with a "loading" line, then the card: wait for the card.
        (function check() {
          if (popover.querySelector('.card-header')) resolve(performance.now());
          else requestAnimationFrame(check);
        })();
      });
    });
    undefined; // evaluate would otherwise wait for the promise
  `);
  const start = await page.evaluate(() => performance.now());
  await page.mouse.move(point.x, point.y);
  const opened = await page.evaluate(() => (window as unknown as { __opened: Promise<number> }).__opened);
  return opened - start - HOVER_INTENT_MS;
}

async function frameMs(page: Page): Promise<number> {
  return page.evaluate(`
    new Promise((resolve) => {
      const times = [];
      requestAnimationFrame(function tick(t) {
        times.push(t);
        if (times.length < 31) requestAnimationFrame(tick);
        else resolve((times[30] - times[0]) / 30);
      });
    })
  `);
}

const SENTENCE = '据报道，字节跳动旗下的豆包与阿里云的通义千问都在扩大用户规模。';
const html = (body: string) =>
  `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>大页面</title></head><body>${body}</body></html>`;
const HUGE_PAGES = [
  {
    label: '100,000 nodes',
    path: '/bench-nodes.html',
    source: html(
      '<p><span>据报道，<b>字节跳动</b>旗下的豆包</span>与<i>阿里云</i>的通义千问都在扩大用户规模。</p>'.repeat(10_000),
    ),
    mentions: 40_000,
  },
  {
    label: '10,000 paragraphs',
    path: '/bench-paragraphs.html',
    source: html(`<p>${SENTENCE}</p>`.repeat(10_000)),
    mentions: 40_000,
  },
  {
    label: 'one 1 MB text node',
    path: '/bench-one-node.html',
    source: html(`<p>${SENTENCE.repeat(Math.ceil(1_000_000 / SENTENCE.length))}</p>`),
    mentions: Math.ceil(1_000_000 / SENTENCE.length) * 4,
  },
];

interface MainThread {
  longTasks: number[];
  /** Sum over long tasks of their time past 50 ms (Lighthouse's total blocking time). */
  blockingMs: number;
  /** From navigation to the load event, as the page reports it. */
  loadMs: number;
  /** From navigation to every mention counted (with the extension only; polled every 100 ms). */
  markedMs?: number;
  /** Tasks that ran extension code, from a trace (see scripts/main-thread-trace.ts). */
  trace: TaskReport;
}

/** How a page load ends: every mention counted, the report steady for 2 s, or a fixed wait. */
type Until = { mentions: number } | 'steady' | 'wait';

async function watchLoad(
  ext: LaunchedExtension,
  server: StaticServer,
  path: string,
  until: Until,
): Promise<MainThread> {
  const page = await ext.context.newPage();
  await page.setViewportSize({ width: 1000, height: 800 });
  const health = await watchHealth(page);
  const trace = await traceMainThread(page, ext.extensionId);
  const start = Date.now();
  await page.goto(server.url(path));
  let markedMs: number | undefined;
  if (until === 'wait') await page.waitForTimeout(4_000);
  else {
    let last = -1;
    let steadySince = Date.now();
    for (;;) {
      const counted = await reportedMentions(ext, page.url());
      if (counted !== last) [last, steadySince] = [counted, Date.now()];
      if (until === 'steady' ? counted > 0 && Date.now() - steadySince > 2_000 : counted === until.mentions) break;
      if (Date.now() - start > 120_000) throw new Error(`${path}: not all mentions counted after 120 s`);
      await page.waitForTimeout(100);
    }
    markedMs = (until === 'steady' ? steadySince : Date.now()) - start;
    await page.waitForTimeout(1_000);
  }
  const longTasks = (await health.longTasks()).filter((ms) => ms > 50);
  const loadMs = await page.evaluate(
    () => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd,
  );
  const traced = await trace.stop();
  await page.close();
  return {
    longTasks,
    blockingMs: longTasks.reduce((sum, ms) => sum + ms - 50, 0),
    loadMs,
    markedMs,
    trace: traced,
  };
}

const describeLoad = (t: MainThread) =>
  `${t.longTasks.length} long tasks, longest ${Math.round(Math.max(0, ...t.longTasks))} ms, blocking ${Math.round(t.blockingMs)} ms; traced: longest task ${Math.round(Math.max(0, ...t.trace.longTasks))} ms`;
const describeOurs = (t: MainThread) => {
  const ours = t.trace.extensionTasks;
  return `longest task running extension code ${Math.round(ours[0] ?? 0)} ms (${ours.filter((ms) => ms > 50).length} over 50 ms, of ${ours.length}; ${t.trace.longestExtensionTaskParts.join(', ') || 'no inner event over 2 ms'})`;
};

async function benchHugePages(
  ext: LaunchedExtension,
  server: StaticServer,
): Promise<Record<string, { paused: MainThread; marking: MainThread }>> {
  const out: Record<string, { paused: MainThread; marking: MainThread }> = {};
  console.log('huge pages: the main thread after DOMContentLoaded (Chromium, built extension)');
  const pages = [
    ...HUGE_PAGES.map((p) => ({ ...p, until: { mentions: p.mentions } })),
    {
      label: '1.2 MB of news articles',
      path: '/bench-news.html',
      source: newsPage(1_200_000),
      until: 'steady' as Until,
      mentions: null,
    },
  ];
  for (const { label, path, source, until } of pages) {
    server.page(path, source);
    await setPaused(ext, true);
    const paused = await watchLoad(ext, server, path, 'wait');
    await setPaused(ext, false);
    const marking = await watchLoad(ext, server, path, until);
    out[label] = { paused, marking };
    console.log(`  ${label}: baseline, the page alone (extension paused): ${describeLoad(paused)}`);
    console.log(
      `    marking: ${describeLoad(marking)}; ${describeOurs(marking)}; ${Math.round(marking.blockingMs - paused.blockingMs)} ms blocking over the baseline; all counted ${marking.markedMs} ms after navigation = ${(marking.markedMs! / paused.loadMs).toFixed(1)}× the page's own load time (${Math.round(paused.loadMs)} ms)`,
    );
  }
  return out;
}

/**
 * The probe's infinite scroll: paragraphs with entity names appended at a steady rate (its
 * rate, for 10 s instead of 20: on the shared 2-core machine the page alone needs minutes to
 * lay out 100,000 appended paragraphs).
 */
const STORM = { perSecond: 5_000, seconds: 10, batchesPerSecond: 10 };

interface StormRun {
  main: MainThread;
  /** From the storm's end to every appended mention counted (extension only). */
  countedAfterMs?: number;
}

async function appendStorm(ext: LaunchedExtension, server: StaticServer, marking: boolean): Promise<StormRun> {
  const perBatch = STORM.perSecond / STORM.batchesPerSecond;
  const batches = STORM.seconds * STORM.batchesPerSecond;
  const script = `<script>
    let sent = 0;
    const timer = setInterval(() => {
      const fragment = document.createDocumentFragment();
      for (let i = 0; i < ${perBatch}; i++) {
        const p = document.createElement('p');
        p.textContent = ${JSON.stringify(SENTENCE)};
        fragment.append(p);
      }
      document.getElementById('feed').append(...fragment.childNodes);
      if (++sent === ${batches}) { clearInterval(timer); window.stormEnded = performance.now(); }
    }, ${1000 / STORM.batchesPerSecond});
  </script>`;
  server.page('/bench-storm.html', html(`<p>${SENTENCE}</p><div id="feed"></div>${script}`));
  const page = await ext.context.newPage();
  await page.setViewportSize({ width: 1000, height: 800 });
  const health = await watchHealth(page);
  const trace = await traceMainThread(page, ext.extensionId);
  await page.goto(server.url('/bench-storm.html'));
  await page.waitForFunction(() => (window as unknown as { stormEnded?: number }).stormEnded !== undefined, null, {
    timeout: (STORM.seconds + 170) * 1000,
    polling: 500,
  });
  const ended = Date.now();
  let countedAfterMs: number | undefined;
  const expected = (1 + STORM.perSecond * STORM.seconds) * 4;
  if (marking) {
    while ((await reportedMentions(ext, page.url())) !== expected) {
      if (Date.now() - ended > 180_000) throw new Error('append storm: not all mentions counted 180 s after it ended');
      await page.waitForTimeout(100);
    }
    countedAfterMs = Date.now() - ended;
  }
  await page.waitForTimeout(1_000);
  const longTasks = (await health.longTasks()).filter((ms) => ms > 50);
  const traced = await trace.stop();
  await page.close();
  return {
    main: { longTasks, blockingMs: longTasks.reduce((sum, ms) => sum + ms - 50, 0), loadMs: 0, trace: traced },
    countedAfterMs,
  };
}

async function benchAppendStorm(
  ext: LaunchedExtension,
  server: StaticServer,
): Promise<{ paused: StormRun; marking: StormRun }> {
  console.log(
    `append storm: ${STORM.perSecond.toLocaleString('en')} paragraphs with 4 names each per second for ${STORM.seconds} s`,
  );
  await setPaused(ext, true);
  const paused = await appendStorm(ext, server, false);
  await setPaused(ext, false);
  const marking = await appendStorm(ext, server, true);
  console.log(`  baseline, the page alone (extension paused): ${describeLoad(paused.main)}`);
  console.log(
    `    marking: ${describeLoad(marking.main)}; ${describeOurs(marking.main)}; every mention counted ${marking.countedAfterMs} ms after the storm ended`,
  );
  return { paused, marking };
}

/** The extension API as seen in an extension page (evaluated there, typed here). */
declare const chrome: {
  storage: {
    local: {
      get(key: string | null): Promise<Record<string, unknown>>;
      set(items: object): Promise<void>;
      remove(key: string): Promise<void>;
    };
  };
  runtime: { sendMessage(message: unknown): Promise<unknown> };
};

/**
 * The stored recognizer in Chromium. Reading it from storage.local in an extension page (the
 * call a content script makes at start) and parsing it, against parsing the bundled string the
 * content script used to carry (its start before this change), in the same page; the same with
 * 5,000 and 25,000 reader entities stored (25,000 make about 45,000 names: the write shows
 * whether they fit without unlimitedStorage); and the time from navigation to the first mark
 * on a page, with the bundled names stored against 5,000 reader entities stored.
 */
async function benchStoredRecognizer(ext: LaunchedExtension, server: StaticServer) {
  const options = await ext.context.newPage();
  await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
  const storedBundled = async () =>
    options.evaluate(async (key) => (await chrome.storage.local.get(key))[key] ?? null, RECOGNIZER_KEY);
  for (let i = 0; i < 100 && !(await storedBundled()); i++) await options.waitForTimeout(100);
  const bundled = JSON.parse(readFileSync(join(REPO_ROOT, '.generated/recognizer.json'), 'utf8')) as RecognizerData;
  const text = (
    JSON.parse(readFileSync(join(REPO_ROOT, '.generated/corpus.json'), 'utf8')) as {
      articles: Array<{ paragraphs: string[] }>;
    }
  ).articles
    .flatMap((a) => a.paragraphs)
    .join('\n');
  const random = seeded(7);
  // The background's word table: the reader's names get their crossing words, as it stores them.
  const table = JSON.parse(readFileSync(join(REPO_ROOT, '.generated/word-table.json'), 'utf8')) as string[];
  const words = wordSource(lexiconCosts(table), -Infinity);
  const bundledJson = JSON.stringify(bundled);
  /**
   * Median ms of: storage get of the head and of every chunk, one at a time, + JSON.parse of each
   * part (as a page reads them), with the longest single get + parse; JSON.parse of the bundled string.
   */
  const readTimes = () =>
    options.evaluate(
      async ({ key, json }) => {
        const get: number[] = [];
        const longest: number[] = [];
        const parse: number[] = [];
        type Chunk = { parts: Array<[string, string]> };
        for (let round = 0; round < 9; round++) {
          const t0 = performance.now();
          const head = (await chrome.storage.local.get(key))[key] as {
            generation: number;
            chunks: number;
            inline?: Chunk;
          };
          // (No named helpers in here: the bundler's naming wrapper does not exist in the page.)
          for (const [field, text] of head.inline?.parts ?? []) if (field !== 'automaton') JSON.parse(text);
          let most = performance.now() - t0;
          for (let i = 0; i < head.chunks; i++) {
            const s = performance.now();
            const chunkKey = `${key}:${head.generation % 2}:${i}`;
            const chunk = (await chrome.storage.local.get(chunkKey))[chunkKey] as Chunk;
            for (const [field, text] of chunk.parts) if (field !== 'automaton') JSON.parse(text);
            most = Math.max(most, performance.now() - s);
          }
          const t1 = performance.now();
          JSON.parse(json);
          parse.push(performance.now() - t1);
          get.push(t1 - t0);
          longest.push(most);
        }
        for (const xs of [get, longest, parse]) xs.sort((a, b) => a - b);
        return { read: get[4]!, longestRead: longest[4]!, bundledParse: parse[4]! };
      },
      { key: RECOGNIZER_KEY, json: bundledJson },
    );
  /** Page script that notes when the extension's first mark appears (window.__firstMark). */
  const FIRST_MARK_PROBE = `
    const poll = setInterval(() => {
      for (const [name, highlight] of CSS.highlights) {
        if (name.startsWith('techlens-') && highlight.size > 0) {
          window.__firstMark = performance.now();
          clearInterval(poll);
          return;
        }
      }
    }, 2);
  `;
  /** Navigation to the first mark on the test page, in ms (median of 5). */
  const firstMark = async () => {
    const times: number[] = [];
    for (let round = 0; round < 5; round++) {
      const page = await ext.context.newPage();
      await page.addInitScript(FIRST_MARK_PROBE);
      await page.goto(server.url('/recognition-mixed.html'));
      await page.waitForFunction(() => typeof (window as unknown as { __firstMark?: number }).__firstMark === 'number');
      times.push(await page.evaluate(() => (window as unknown as { __firstMark: number }).__firstMark));
      await page.close();
    }
    return times.sort((a, b) => a - b)[2]!;
  };
  /**
   * A content script's start on the test page: navigation to the first mark, and the longest
   * task that ran extension code meanwhile (traced), median and worst of 5 loads.
   */
  const startOnPage = async () => {
    const marks: number[] = [];
    const longest: number[] = [];
    const anyLongest: number[] = [];
    for (let round = 0; round < 5; round++) {
      const page = await ext.context.newPage();
      await page.addInitScript(FIRST_MARK_PROBE);
      const trace = await traceMainThread(page, ext.extensionId);
      await page.goto(server.url('/recognition-mixed.html'));
      await page.waitForFunction(
        () => typeof (window as unknown as { __firstMark?: number }).__firstMark === 'number',
        null,
        { timeout: 120_000 },
      );
      marks.push(await page.evaluate(() => (window as unknown as { __firstMark: number }).__firstMark));
      const report = await trace.stop();
      longest.push(Math.max(0, ...report.extensionTasks));
      anyLongest.push(Math.max(0, ...report.longTasks));
      await page.close();
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[2]!;
    return {
      firstMarkMs: median(marks),
      longestTaskMs: median(longest),
      longestTaskWorstMs: Math.max(...longest),
      // Any task over 50 ms after DOMContentLoaded (the test page's own are far shorter); 0: none.
      longTaskMs: median(anyLongest),
      longTaskWorstMs: Math.max(...anyLongest),
    };
  };
  const out: Record<string, unknown> = {};
  const bundledRead = await readTimes();
  const bundledFirstMark = await firstMark();
  console.log('stored recognizer (Chromium, built extension)');
  console.log(
    `  bundled names: storage.local read + parse ${bundledRead.read.toFixed(1)} ms = ${(bundledRead.read / bundledRead.bundledParse).toFixed(1)}× parsing the string the content script carried before (${bundledRead.bundledParse.toFixed(1)} ms); first mark ${bundledFirstMark.toFixed(0)} ms after navigation`,
  );
  const bundledStart = await startOnPage();
  console.log(
    `  bundled names, start on a page: first mark ${bundledStart.firstMarkMs.toFixed(0)} ms after navigation; longest task running extension code ${bundledStart.longestTaskMs.toFixed(0)} ms (worst of 5: ${bundledStart.longestTaskWorstMs.toFixed(0)} ms); longest task over 50 ms of any kind ${bundledStart.longTaskMs.toFixed(0)} ms (worst ${bundledStart.longTaskWorstMs.toFixed(0)} ms; 0: none)`,
  );
  out.bundled = { ...bundledRead, firstMarkMs: bundledFirstMark, start: bundledStart };
  for (const count of [5_000, 25_000]) {
    const readers = readerEntities(count, text, random);
    const merged = mergeReaderNames(bundled, readers, { scriptVariants }, foldPairs(), words).data;
    const stored = encodeRecognizer(merged, count, { generation: 2 });
    const bytes = Buffer.byteLength(JSON.stringify(stored));
    // As the background writes it (lib/recognizer-store.ts): other sets out, the chunks, then the head.
    const written = await options.evaluate(
      async ({ key, stored }) => {
        try {
          const old = Object.keys(await chrome.storage.local.get(null)).filter((k) => k.startsWith(key));
          for (const k of old) await chrome.storage.local.remove(k);
          for (const [i, chunk] of stored.chunks.entries())
            await chrome.storage.local.set({ [`${key}:${stored.head.generation % 2}:${i}`]: chunk });
          await chrome.storage.local.set({ [key]: stored.head });
          return 'stored';
        } catch (error) {
          return String(error);
        }
      },
      { key: RECOGNIZER_KEY, stored },
    );
    const read = await readTimes();
    const mark = count === 5_000 ? await firstMark() : NaN;
    console.log(
      `  ${count.toLocaleString('en')} reader entities (${merged.keys.length} names, ${(bytes / 1e6).toFixed(2)} MB): ${written}; read + parse ${read.read.toFixed(1)} ms = ${(read.read / read.bundledParse).toFixed(1)}× the bundled string's parse, the longest single read + parse ${read.longestRead.toFixed(1)} ms${count === 5_000 ? `; first mark ${mark.toFixed(0)} ms = ${(mark / bundledFirstMark).toFixed(2)}× with the bundled names` : ''}`,
    );
    const start = await startOnPage();
    console.log(
      `    start on a page: first mark ${start.firstMarkMs.toFixed(0)} ms after navigation = ${(start.firstMarkMs / bundledStart.firstMarkMs).toFixed(2)}× with the bundled names; longest task running extension code ${start.longestTaskMs.toFixed(0)} ms (worst of 5: ${start.longestTaskWorstMs.toFixed(0)} ms) = ${(start.longestTaskMs / Math.max(1, bundledStart.longestTaskMs)).toFixed(1)}× with the bundled names; longest task over 50 ms of any kind ${start.longTaskMs.toFixed(0)} ms (worst ${start.longTaskWorstMs.toFixed(0)} ms; 0: none)`,
    );
    out[count] = { names: merged.keys.length, bytes, written, ...read, firstMarkMs: mark, start };
  }
  // Back to what the background builds.
  await options.evaluate(() => chrome.runtime.sendMessage({ type: 'rebuild-recognizer' }));
  await options.close();
  return out;
}

async function main(): Promise<void> {
  const server = await startServer();
  const ext = await launchExtension();
  let hugePages: Awaited<ReturnType<typeof benchHugePages>> | undefined;
  let storm: Awaited<ReturnType<typeof benchAppendStorm>> | undefined;
  let stored: Awaited<ReturnType<typeof benchStoredRecognizer>> | undefined;
  const names = ['字节跳动', '阿里云', '通义千问', '智譜', 'OpenAI', 'Sora', '豆包', '腾讯混元'];
  const first: number[] = [];
  const later: number[] = [];
  const cold: number[] = [];
  /** The test page, marked, with the centers of the names to hover. */
  const openMarkedPage = async () => {
    const page = await ext.context.newPage();
    await page.setViewportSize({ width: 1100, height: 800 });
    await page.goto(server.url('/recognition-mixed.html'));
    await page.waitForFunction(
      () =>
        [...CSS.highlights.keys()].some((k) => k.startsWith('techlens-')) &&
        !!document.querySelector('techlens-popover'),
    );
    await page.waitForTimeout(300);
    return { page, points: await markCenters(page, names) };
  };
  const internals = await ext.context.newPage();
  await internals.goto('chrome://serviceworker-internals/');
  const stopWorker = async () => {
    await internals.locator('[data-command="stop"]').first().click();
    for (let i = 0; i < 50 && !/Running Status: STOPPED/.test(await internals.locator('body').innerText()); i++)
      await internals.waitForTimeout(100);
  };
  let frame = 0;
  try {
    const popoverRounds =
      process.env.BENCH_PART === 'main-thread' || process.env.BENCH_PART === 'stored-recognizer' ? 0 : 5;
    for (let round = 0; round < popoverRounds; round++) {
      const { page, points } = await openMarkedPage();
      first.push(await hoverLatency(page, points[0]!));
      for (const point of points.slice(1)) later.push(await hoverLatency(page, point));
      frame = await frameMs(page);
      await page.close();

      // The same, with the worker stopped before the first hover.
      const { page: fresh, points: freshPoints } = await openMarkedPage();
      await stopWorker();
      await fresh.bringToFront();
      cold.push(await hoverLatency(fresh, freshPoints[0]!));
      await fresh.close();
    }
    stored = await benchStoredRecognizer(ext, server);
    if (process.env.BENCH_PART === 'stored-recognizer') return;
    hugePages = await benchHugePages(ext, server);
    storm = await benchAppendStorm(ext, server);
  } finally {
    await ext.close();
    await server.close();
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const max = (xs: number[]) => Math.max(...xs);
  const file = join(REPO_ROOT, 'bench-results', 'latest.json');
  const results = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>) : {};
  results.hugePages = hugePages;
  results.appendStorm = storm;
  results.storedRecognizer = stored;
  mkdirSync(join(REPO_ROOT, 'bench-results'), { recursive: true });
  writeFileSync(file, JSON.stringify(results, null, 2));
  if (!first.length) return;
  console.log('popover latency after the 150 ms hover intent (Chromium, built extension)');
  console.log(`  baseline: one animation frame = ${frame.toFixed(1)} ms`);
  console.log(
    `  first popover on a page (no card cached yet): median ${median(first).toFixed(1)} ms = ${(median(first) / frame).toFixed(1)} frames, worst ${max(first).toFixed(1)} ms (aim: 100 ms)`,
  );
  console.log(
    `  first popover after the service worker was stopped: median ${median(cold).toFixed(1)} ms = ${(median(cold) / frame).toFixed(1)} frames, worst ${max(cold).toFixed(1)} ms`,
  );
  console.log(
    `  later popovers: median ${median(later).toFixed(1)} ms = ${(median(later) / frame).toFixed(1)} frames, worst ${max(later).toFixed(1)} ms (aim: one frame)`,
  );
  results.popover = {
    frameMs: frame,
    firstMs: first,
    laterMs: later,
    coldMs: cold,
    coldMedianFrames: median(cold) / frame,
    firstMedianFrames: median(first) / frame,
    laterMedianFrames: median(later) / frame,
  };
  mkdirSync(join(REPO_ROOT, 'bench-results'), { recursive: true });
  writeFileSync(file, JSON.stringify(results, null, 2));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
