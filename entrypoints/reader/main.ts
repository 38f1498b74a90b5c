import './style.css';
import '../../lib/ui/popover.css';
import '../../lib/page/highlights.css';
import corpusData from '../../.generated/corpus.json';
import recognizerData from '../../.generated/recognizer.json';
import type { CompiledCorpus } from '../../lib/corpus/compile';
import { libraryEntityCard } from '../../lib/library/card';
import { libraryForEntity } from '../../lib/library/entity-library';
import { TechLensDb } from '../../lib/library/db';
import { getArticle } from '../../lib/library/store';
import { Recognizer, type RecognizerData } from '../../lib/match/recognizer';
import { Lens } from '../../lib/content/lens';
import { UI_ATTRIBUTE } from '../../lib/page/ui-marker';
import { Popover } from '../../lib/ui/popover';
import { browserTranslator } from '../../lib/ui/strings';
import { corpusReadable, renderArticle, savedReadable, type ReadableArticle } from '../../lib/ui/article-view';
import { loadSettings, watchSettings } from '../../lib/settings/store';
import type { PageEntitiesMessage } from '../../lib/messages';
import { requestPanel, savePageReport } from '../../lib/tab-session';
import { loadRecognizer } from '../../lib/recognizer-store';

/**
 * A corpus article (?article=ID) or one the reader saved (?saved=ID) in the extension, marked and
 * hoverable like any page (content scripts do not run on extension pages, so this page runs the
 * same Lens itself). Cards combine the corpus and the library, as on web pages.
 */
const corpus = corpusData as unknown as CompiledCorpus;
const db = new TechLensDb();
const t = browserTranslator();
const params = new URLSearchParams(location.search);
const root = document.getElementById('article')!;

/** The article to show, its script, and the web address a note on it keeps (null: none). */
async function findArticle(): Promise<{
  article: ReadableArticle;
  script: 'hans' | 'hant';
  url: string | null;
} | null> {
  const savedId = params.get('saved');
  if (savedId) {
    const saved = await getArticle(db, savedId);
    return saved && { article: savedReadable(saved), script: saved.script, url: saved.url };
  }
  const bundled = corpus.articles.find((a) => a.id === (params.get('article') ?? ''));
  if (!bundled) return null;
  return {
    article: corpusReadable(bundled),
    script: bundled.script === 'zh-Hant' ? 'hant' : 'hans',
    url: bundled.url,
  };
}

async function main(): Promise<void> {
  const found = await findArticle().catch(() => null);
  if (!found) {
    root.replaceChildren(
      Object.assign(document.createElement('p'), {
        className: 'error',
        textContent: t(params.has('saved') ? 'savedArticleMissing' : 'articleNotFound'),
      }),
    );
    return;
  }
  const { article, script: articleScript } = found;
  document.documentElement.lang = articleScript === 'hant' ? 'zh-Hant' : 'zh-Hans';
  renderArticle(root, article, t);
  document.title = `${article.title} · Tech Lens`;
  const tab = await browser.tabs.getCurrent();
  const lens = new Lens({
    // The reader's names too when the background has stored them; the bundled ones otherwise.
    recognizer: (await loadRecognizer()) ?? new Recognizer(recognizerData as RecognizerData),
    popover: new Popover(document.getElementById('popover-root')!),
    t,
    pageScript: articleScript,
    settings: await loadSettings(),
    exclude: (element) => element.hasAttribute(UI_ATTRIBUTE),
    fetchCard: async (entityId, script) => {
      try {
        return { ok: true, card: libraryEntityCard(corpus, await libraryForEntity(db, entityId), entityId, script) };
      } catch (error) {
        return { ok: false, error: String(error) };
      }
    },
    openPanel: (entityId, quote) => {
      if (tab?.id === undefined) return;
      void browser.sidePanel.open({ tabId: tab.id });
      // A note keeps the article's own web address (notes are for web pages): an article
      // without one gets the panel's "web pages only" message.
      const note = quote ? { ...quote, url: found.url ?? location.href, title: document.title } : null;
      void requestPanel(tab.id, { entityId, note });
    },
    onReport: (entities) => {
      if (tab?.id === undefined) return;
      const message: PageEntitiesMessage = {
        type: 'page-entities',
        url: location.href,
        title: document.title,
        script: lens.script,
        entities,
      };
      void savePageReport(tab.id, message);
    },
  });
  // Extension pages are marked whatever the per-site settings say: the reader opened it to read.
  lens.start(document);
  watchSettings((settings) => lens.updateSettings(settings));
  document.addEventListener('pointermove', lens.onPointerMove, { passive: true });
  document.addEventListener('pointerdown', lens.onPointerDown, { passive: true });
  document.addEventListener('keydown', lens.onKeyDown);
}

void main();
