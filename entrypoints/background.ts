import corpusData from '../.generated/corpus.json';
import { entityCard } from '../lib/corpus/card';
import type { CompiledCorpus } from '../lib/corpus/compile';
import { parseMessage, type EntityCardResponse, type PageEntitiesMessage } from '../lib/messages';

const corpus = corpusData as unknown as CompiledCorpus;

export default defineBackground(() => {
  // The toolbar button opens the side panel.
  void browser.sidePanel?.setPanelBehavior({ openPanelOnActionClick: true });

  // Entities found per tab go to session storage: they outlive this worker's sleep, and the
  // side panel reads them from there.
  const pageKey = (tabId: number) => `page:${tabId}`;

  browser.runtime.onMessage.addListener((raw, sender, sendResponse) => {
    if (sender.id !== browser.runtime.id) return undefined;
    const message = parseMessage(raw);
    if (!message) return undefined;
    const tabId = sender.tab?.id;
    switch (message.type) {
      case 'page-entities':
        if (tabId !== undefined && sender.frameId === 0) {
          void browser.storage.session.set({ [pageKey(tabId)]: message satisfies PageEntitiesMessage });
          void browser.action.setBadgeText({ tabId, text: message.entities.length ? String(message.entities.length) : '' });
          void browser.action.setBadgeBackgroundColor({ tabId, color: '#3b5bdb' });
        }
        return undefined;
      case 'entity-card': {
        let response: EntityCardResponse;
        try {
          response = { ok: true, card: entityCard(corpus, message.entityId, message.script) };
        } catch (error) {
          response = { ok: false, error: (error as Error).message };
        }
        sendResponse(response);
        return undefined;
      }
      case 'open-panel':
        // The click that sent this is the user gesture sidePanel.open needs.
        if (tabId !== undefined) {
          void browser.storage.session.set({ panelRequest: { ...message, tabId, at: Date.now() } });
          void browser.sidePanel.open({ tabId });
        }
        return undefined;
    }
  });
  browser.tabs.onRemoved.addListener((tabId) => void browser.storage.session.remove(pageKey(tabId)));
});
