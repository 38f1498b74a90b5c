/**
 * What extension pages learn about each tab, kept in `storage.session` (memory only: it outlives
 * the service worker's sleep and is gone when the browser closes). This module is the only one
 * that knows the keys:
 * - `page:<tabId>`: the page's entity report (address, title, script, entity counts);
 * - `anchors:<tabId>`: which of the page's note quotes were found again, and how;
 * - `panelRequest`: the last request for a tab's side panel (open on an entity, start a note),
 *   written by the background or the reader page and taken by that tab's panel.
 * Everything read is checked with the message schemas: a stale or foreign value reads as absent.
 */
import { browser } from 'wxt/browser';
import {
  parseMessage,
  type AnchorStatus,
  type NoteAnchorsMessage,
  type OpenPanelRequest,
  type PageEntitiesMessage,
} from './messages';

const pageKey = (tabId: number) => `page:${tabId}`;
const anchorsKey = (tabId: number) => `anchors:${tabId}`;
const REQUEST_KEY = 'panelRequest';

/** A tab's page as the panel shows it: its report, and note anchors that belong to that page. */
export interface TabState {
  page: PageEntitiesMessage | null;
  anchors: ReadonlyMap<string, AnchorStatus>;
}

/** A request for the side panel of `tabId`; `at` (ms) tells one request from the next. */
export type PanelRequest = Omit<OpenPanelRequest, 'type'> & { tabId: number; at: number };

export function savePageReport(tabId: number, report: PageEntitiesMessage): Promise<void> {
  return browser.storage.session.set({ [pageKey(tabId)]: report });
}

export function saveNoteAnchors(tabId: number, anchors: NoteAnchorsMessage): Promise<void> {
  return browser.storage.session.set({ [anchorsKey(tabId)]: anchors });
}

/** A new document in the tab, or the tab closed: what it reported is gone. */
export function forgetTab(tabId: number): Promise<void> {
  return browser.storage.session.remove([pageKey(tabId), anchorsKey(tabId)]);
}

export async function readTab(tabId: number): Promise<TabState> {
  const stored = await browser.storage.session.get([pageKey(tabId), anchorsKey(tabId)]);
  const report = parseMessage(stored[pageKey(tabId)]);
  const page = report?.type === 'page-entities' ? report : null;
  const anchors = parseMessage(stored[anchorsKey(tabId)]);
  return {
    page,
    anchors:
      anchors?.type === 'note-anchors' && page && anchors.url === page.url
        ? new Map(anchors.anchors.map((a) => [a.id, a.status]))
        : new Map(),
  };
}

export function requestPanel(tabId: number, request: Omit<OpenPanelRequest, 'type'>, at = Date.now()): Promise<void> {
  const stored: PanelRequest & { type: 'open-panel' } = { type: 'open-panel', ...request, tabId, at };
  return browser.storage.session.set({ [REQUEST_KEY]: stored });
}

function parseRequest(value: unknown): PanelRequest | null {
  const message = parseMessage(value);
  const { tabId, at } = (value ?? {}) as { tabId?: unknown; at?: unknown };
  if (message?.type !== 'open-panel' || !Number.isInteger(tabId) || typeof at !== 'number') return null;
  return {
    entityId: message.entityId,
    note: message.note,
    ...(message.newEntity !== undefined && { newEntity: message.newEntity }),
    tabId: tabId as number,
    at,
  };
}

/**
 * The pending request for `tabId`'s panel, removed from storage, or null. `handled` holds the
 * requests this panel already took: its first read and a change event can both see one.
 */
export async function takePanelRequest(tabId: number, handled: Set<number>): Promise<PanelRequest | null> {
  const request = parseRequest((await browser.storage.session.get(REQUEST_KEY))[REQUEST_KEY]);
  if (!request || request.tabId !== tabId || handled.has(request.at)) return null;
  handled.add(request.at);
  await browser.storage.session.remove(REQUEST_KEY);
  return request;
}

/** Calls `onState` when the tab's page or anchors change, `onRequest` when a panel request arrives. */
export function watchTab(tabId: number, on: { onState: () => void; onRequest: () => void }): () => void {
  const listener = (changes: Record<string, unknown>) => {
    if (pageKey(tabId) in changes || anchorsKey(tabId) in changes) on.onState();
    if (REQUEST_KEY in changes) on.onRequest();
  };
  browser.storage.session.onChanged.addListener(listener);
  return () => browser.storage.session.onChanged.removeListener(listener);
}
