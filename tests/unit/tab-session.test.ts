// The session-storage protocol between the background, the reader page and the side panel
// (lib/tab-session.ts), over WXT's fake browser.
import { beforeEach, describe, expect, it, vi } from 'vitest';

const { fakeBrowser } = await vi.hoisted(async () => {
  const testing = await import('wxt/testing/fake-browser');
  (globalThis as { chrome?: unknown }).chrome = testing.fakeBrowser;
  return testing;
});

import {
  forgetTab,
  readTab,
  requestPanel,
  saveNoteAnchors,
  savePageReport,
  takePanelRequest,
  watchTab,
} from '../../lib/tab-session';
import type { PageEntitiesMessage } from '../../lib/messages';

const report = (url: string): PageEntitiesMessage => ({
  type: 'page-entities',
  url,
  title: '豆包降价',
  script: 'hans',
  entities: [{ id: 'doubao', count: 3, firstIndex: 10 }],
});

beforeEach(() => fakeBrowser.reset());

describe('tab session', () => {
  it("keeps each tab's report and the anchors of that same page, and forgets a tab", async () => {
    expect(await readTab(1)).toEqual({ page: null, anchors: new Map() });
    await savePageReport(1, report('https://36kr.com/p/1'));
    await saveNoteAnchors(1, {
      type: 'note-anchors',
      url: 'https://36kr.com/p/1',
      anchors: [{ id: 'n1', status: 'fuzzy' }],
    });
    await savePageReport(2, report('https://36kr.com/p/2'));
    expect(await readTab(1)).toEqual({ page: report('https://36kr.com/p/1'), anchors: new Map([['n1', 'fuzzy']]) });
    // Anchors reported for the page the tab showed before are not this page's.
    await savePageReport(1, report('https://36kr.com/p/3'));
    expect((await readTab(1)).anchors).toEqual(new Map());
    await forgetTab(1);
    expect((await readTab(1)).page).toBeNull();
    expect((await readTab(2)).page?.url).toBe('https://36kr.com/p/2');
  });

  it('reads a damaged or foreign value as absent', async () => {
    await fakeBrowser.storage.session.set({ 'page:1': { type: 'page-entities', url: 42 }, 'anchors:1': 'x' });
    expect(await readTab(1)).toEqual({ page: null, anchors: new Map() });
  });

  it('hands a panel request to the panel of its tab once, and removes it', async () => {
    const note = { exact: '豆包', prefix: '', suffix: '', url: 'https://36kr.com/p/1', title: 't' };
    await requestPanel(5, { entityId: 'doubao', note }, 1000);
    const handled = new Set<number>();
    expect(await takePanelRequest(6, handled)).toBeNull();
    expect(await takePanelRequest(5, handled)).toEqual({ entityId: 'doubao', note, tabId: 5, at: 1000 });
    expect(await takePanelRequest(5, handled)).toBeNull();
    // Written again (a change event racing the first read): the same request is not taken twice.
    await requestPanel(5, { entityId: 'doubao', note }, 1000);
    expect(await takePanelRequest(5, handled)).toBeNull();
    await fakeBrowser.storage.session.set({
      panelRequest: { type: 'open-panel', entityId: 'BAD ID', tabId: 5, at: 2 },
    });
    expect(await takePanelRequest(5, new Set())).toBeNull();
  });

  it("tells a panel about its own tab's changes and about requests, not about other tabs", async () => {
    const events: string[] = [];
    const stop = watchTab(1, { onState: () => events.push('state'), onRequest: () => events.push('request') });
    await savePageReport(2, report('https://a.com/'));
    await savePageReport(1, report('https://a.com/'));
    await requestPanel(1, { entityId: null, note: null });
    await vi.waitFor(() => expect(events).toEqual(['state', 'request']));
    stop();
    await savePageReport(1, report('https://b.com/'));
    expect(events).toEqual(['state', 'request']);
  });
});
