import './style.css';
import '../../lib/ui/popover.css';
import '../../lib/page/highlights.css';
import corpusData from '../../.generated/corpus.json';
import recognizerData from '../../.generated/recognizer.json';
import type { CompiledCorpus } from '../../lib/corpus/compile';
import { entityCard } from '../../lib/corpus/card';
import { Recognizer, type RecognizerData } from '../../lib/match/recognizer';
import { Lens } from '../../lib/content/lens';
import { UI_ATTRIBUTE } from '../../lib/page/ui-marker';
import { Popover } from '../../lib/ui/popover';
import { browserTranslator } from '../../lib/ui/strings';
import { renderArticle } from '../../lib/ui/article-view';
import { loadSettings, watchSettings } from '../../lib/settings/store';
import type { PageEntitiesMessage } from '../../lib/messages';
import { requestPanel, savePageReport } from '../../lib/tab-session';
import { loadRecognizer } from '../../lib/recognizer-store';

/**
 * A corpus article in the extension, marked and hoverable like any page (content scripts do not
 * run on extension pages, so this page runs the same Lens itself).
 */
const corpus = corpusData as unknown as CompiledCorpus;
const t = browserTranslator();
const articleId = new URLSearchParams(location.search).get('article') ?? '';
const article = corpus.articles.find((a) => a.id === articleId);
const root = document.getElementById('article')!;
document.documentElement.lang = article?.script ?? 'zh';
const articleScript = article?.script === 'zh-Hant' ? 'hant' : 'hans';

async function main(): Promise<void> {
  if (!article) {
    root.replaceChildren(
      Object.assign(document.createElement('p'), { className: 'error', textContent: t('articleNotFound') }),
    );
    return;
  }
  renderArticle(root, article, t);
  document.title = `${article.title[articleScript]} · Tech Lens`;
  const tab = await browser.tabs.getCurrent();
  const lens = new Lens({
    // The reader's names too when the background has stored them; the bundled ones otherwise.
    recognizer: (await loadRecognizer()) ?? new Recognizer(recognizerData as RecognizerData),
    popover: new Popover(document.getElementById('popover-root')!),
    t,
    pageScript: articleScript,
    settings: await loadSettings(),
    exclude: (element) => element.hasAttribute(UI_ATTRIBUTE),
    fetchCard: (entityId, script) => Promise.resolve({ ok: true, card: entityCard(corpus, entityId, script) }),
    openPanel: (entityId, quote) => {
      if (tab?.id === undefined) return;
      void browser.sidePanel.open({ tabId: tab.id });
      // A note keeps the article's own web address (notes are for web pages): an article
      // without one gets the panel's "web pages only" message.
      const note = quote ? { ...quote, url: article.url ?? location.href, title: document.title } : null;
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
