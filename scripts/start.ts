/**
 * `npm start` (after the build): serves a demo page made from the first corpus article on
 * 127.0.0.1 and opens it in a visible Chromium/Chrome with the built extension, in a fresh
 * temporary profile. Runs until the browser is closed or Ctrl-C.
 *
 * Browser: $CHROME_PATH, else the first of the usual install paths.
 *
 * Launched with playwright-core (headless: false) rather than by spawning the binary:
 * `--load-extension` is ignored by branded Google Chrome since 137, and through Playwright's
 * pipe we can then load the extension over CDP (Extensions.loadUnpacked) instead, and know
 * when the browser closes.
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { startStaticServer, type StaticServer } from './static-server';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const EXTENSION_DIR = path.join(ROOT, '.output/chrome-mv3');
const CORPUS_FILE = path.join(ROOT, '.generated/corpus.json');

const BROWSER_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

/** The parts of a compiled article the demo page shows. */
interface DemoArticle {
  id: string;
  /** The compiler writes both scripts ({ hans, hant }); a plain string is accepted too. */
  title: string | { hans: string; hant: string };
  site: string | null;
  date: string | null;
  url: string | null;
  script: 'zh-Hans' | 'zh-Hant' | 'mixed';
  paragraphs: string[];
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function findBrowser(): string {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROME_PATH is set to ${fromEnv}, which does not exist.`);
    return fromEnv;
  }
  const found = BROWSER_CANDIDATES.find((p) => existsSync(p));
  if (!found) {
    throw new Error(
      `No Chromium or Chrome found (looked in: ${BROWSER_CANDIDATES.join(', ')}). ` +
        'Set CHROME_PATH to the browser binary, e.g. CHROME_PATH=/path/to/chrome npm start',
    );
  }
  return found;
}

async function firstArticle(): Promise<DemoArticle> {
  if (!existsSync(CORPUS_FILE)) throw new Error(`${CORPUS_FILE} is missing: run \`npm run build\` first.`);
  const corpus = JSON.parse(await readFile(CORPUS_FILE, 'utf8')) as { articles?: unknown };
  const article = Array.isArray(corpus.articles) ? (corpus.articles[0] as DemoArticle | undefined) : undefined;
  if (!article || !article.title || !Array.isArray(article.paragraphs)) {
    throw new Error(`${CORPUS_FILE} has no articles to make a demo page from.`);
  }
  return article;
}

function titleOf(article: DemoArticle): string {
  if (typeof article.title === 'string') return article.title;
  return article.script === 'zh-Hant' ? article.title.hant : article.title.hans;
}

function demoPage(article: DemoArticle): string {
  const lang = article.script === 'zh-Hant' ? 'zh-Hant' : 'zh-Hans';
  const title = escapeHtml(titleOf(article));
  const meta = [article.site, article.date?.slice(0, 10)]
    .filter((x): x is string => !!x)
    .map(escapeHtml)
    .join(' · ');
  const source = article.url ? `<p class="source">原文：${escapeHtml(article.url)}</p>` : '';
  const paragraphs = article.paragraphs.map((p) => `<p>${escapeHtml(String(p))}</p>`).join('\n    ');
  return `<!doctype html>
<html lang="${lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <link rel="icon" href="data:,">
  <title>${title}</title>
  <style>
    body { max-width: 760px; margin: 32px auto; padding: 0 16px; font: 17px/1.8 "PingFang SC", "Microsoft YaHei", "WenQuanYi Micro Hei", "Noto Sans CJK SC", sans-serif; color: #222; }
    .meta, .source, .note { color: #777; font-size: 14px; }
    .note { border-top: 1px solid #ddd; margin-top: 32px; padding-top: 8px; }
  </style>
</head>
<body>
  <article>
    <h1>${title}</h1>
    <p class="meta">${meta}</p>
    ${paragraphs}
    ${source}
  </article>
  <p class="note">Tech Lens demo page (local copy of corpus article ${escapeHtml(article.id)}).</p>
</body>
</html>
`;
}

function printManualSteps(pageFile: string, reason: string): void {
  console.log(`
${reason}
Demo page (first corpus article): ${pageFile}

To try the extension by hand on a machine with a screen:
  1. Open Chrome or Chromium and go to chrome://extensions
  2. Turn on "Developer mode" (top right)
  3. Click "Load unpacked" and choose ${EXTENSION_DIR}
  4. Serve the demo page:  python3 -m http.server 8000 --bind 127.0.0.1 --directory ${path.dirname(pageFile)}
     and open http://127.0.0.1:8000/
     (or open ${pathToFileURL(pageFile).href} after turning on "Allow access to file URLs"
     in the extension's details)
`);
}

async function main(): Promise<void> {
  if (!existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`${EXTENSION_DIR} is not built: run \`npm run build\` first (npm start does).`);
  }
  const article = await firstArticle();
  // A fixed folder, rewritten each run: the page must outlive this process when we only print steps.
  const pageDir = path.join(tmpdir(), 'techlens-demo');
  const pageFile = path.join(pageDir, 'index.html');
  await mkdir(pageDir, { recursive: true });
  await writeFile(pageFile, demoPage(article), 'utf8');

  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    // No screen to show a browser on (CI, ssh): say what to do instead of failing.
    printManualSteps(pageFile, 'No display ($DISPLAY is not set), so no browser window can be opened.');
    return;
  }

  const executablePath = findBrowser();
  const server: StaticServer = await startStaticServer(pageDir);
  const pageUrl = server.url('/');
  const profile = await mkdtemp(path.join(tmpdir(), 'techlens-profile-'));
  // Chrome offers to translate every Chinese page, and its bubble covers the page we demo.
  await mkdir(path.join(profile, 'Default'));
  await writeFile(path.join(profile, 'Default/Preferences'), JSON.stringify({ translate: { enabled: false } }));
  let context: BrowserContext | undefined;
  let finishing = false;
  const finish = async (code: number): Promise<void> => {
    if (finishing) return;
    finishing = true;
    await context?.close().catch(() => undefined);
    await server.close();
    await rm(profile, { recursive: true, force: true });
    process.exit(code);
  };
  process.on('SIGINT', () => void finish(0));
  process.on('SIGTERM', () => void finish(0));

  const launch = (sandbox: boolean) =>
    chromium.launchPersistentContext(profile, {
      headless: false,
      executablePath,
      // Our own handlers close the browser and then delete the profile; Playwright's would
      // kill the browser and exit first, leaving the profile behind.
      handleSIGINT: false,
      handleSIGTERM: false,
      chromiumSandbox: sandbox,
      viewport: null, // the window's own size, not an emulated 1280×720
      // Playwright's defaults switch extensions off and show the "controlled by automated
      // test software" bar; neither belongs in a demo.
      ignoreDefaultArgs: ['--disable-extensions', '--enable-automation'],
      args: [
        `--load-extension=${EXTENSION_DIR}`,
        `--disable-extensions-except=${EXTENSION_DIR}`,
        '--enable-unsafe-extension-debugging',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  try {
    // Keep the sandbox where it can run (not as root; not where user namespaces are
    // restricted): without it Chrome shows an "unsupported command-line flag" bar.
    const sandbox = process.getuid?.() !== 0;
    context = await launch(sandbox).catch((error: unknown) => {
      if (!sandbox) throw error;
      console.warn('Chromium did not start with its sandbox; starting it with --no-sandbox.');
      return launch(false);
    });
  } catch (error) {
    await server.close();
    await rm(profile, { recursive: true, force: true });
    throw error;
  }
  const ctx = context;
  ctx.on('close', () => void finish(0));

  const isOurs = (w: Worker): boolean => w.url().startsWith('chrome-extension://');
  const worker =
    ctx.serviceWorkers().find(isOurs) ??
    (await ctx.waitForEvent('serviceworker', { predicate: isOurs, timeout: 5_000 }).catch(() => undefined));
  let extensionId = worker ? new URL(worker.url()).host : undefined;
  if (!extensionId) {
    // --load-extension was ignored (branded Chrome ≥ 137): load it over CDP instead.
    try {
      const browser = ctx.browser();
      if (!browser) throw new Error('no browser handle');
      const cdp = await browser.newBrowserCDPSession();
      extensionId = (await cdp.send('Extensions.loadUnpacked', { path: EXTENSION_DIR })).id;
      await cdp.detach();
    } catch (error) {
      printManualSteps(
        pageFile,
        `The browser is open, but the extension could not be loaded (${(error as Error).message}).`,
      );
    }
  }
  if (extensionId) console.log(`Extension loaded: chrome-extension://${extensionId}/ (side panel: toolbar button)`);

  const page = ctx.pages()[0] ?? (await ctx.newPage());
  await page.goto(pageUrl);
  console.log(
    `Tech Lens is running in ${executablePath}\nDemo page: ${pageUrl}\nClose the browser or press Ctrl-C to stop.`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
