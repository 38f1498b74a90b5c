/**
 * The messages between content script, background and extension pages: one valibot schema per
 * message, shared by sender and receiver, checked on receipt (anything else is ignored). Types
 * come from the schemas, so the two cannot drift apart.
 */
import * as v from 'valibot';
import type { EntityCard } from './corpus/card';
import { textQuoteSelectorSchema, type TextQuoteSelector } from './notes/selector';

const MAX_TEXT = 10_000;
const text = (max = MAX_TEXT) => v.pipe(v.string(), v.maxLength(max));
const id = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]{0,80}$/));
const noteId = v.pipe(v.string(), v.minLength(1), v.maxLength(100));
const count = v.pipe(v.number(), v.integer(), v.minValue(0));
const script = v.picklist(['hans', 'hant']);

const entitySummary = v.object({ id, count: v.pipe(count, v.minValue(1)), firstIndex: count });

const quote = textQuoteSelectorSchema({ exact: MAX_TEXT, context: MAX_TEXT });

const pageEntities = v.object({
  type: v.literal('page-entities'),
  url: text(4096),
  title: text(1000),
  script,
  entities: v.pipe(v.array(entitySummary), v.maxLength(10_000)),
});

const entityCardRequest = v.object({ type: v.literal('entity-card'), entityId: id, script });

const openPanel = v.object({
  type: v.literal('open-panel'),
  entityId: v.nullable(id),
  /** Present when the reader asked for a new note: the quoted text and its page. */
  note: v.nullable(v.object({ ...quote.entries, url: text(4096), title: text(1000) })),
});

const pageNotesRequest = v.object({ type: v.literal('page-notes'), url: text(4096) });

const anchorStatus = v.picklist(['exact', 'fuzzy', 'orphan']);
const noteAnchors = v.object({
  type: v.literal('note-anchors'),
  url: text(4096),
  anchors: v.pipe(v.array(v.object({ id: noteId, status: anchorStatus })), v.maxLength(10_000)),
});

/** Content script → background. */
const toBackground = v.variant('type', [pageEntities, entityCardRequest, openPanel, pageNotesRequest, noteAnchors]);

/** Side panel or background → content script of one tab. */
const toPage = v.variant('type', [
  v.object({ type: v.literal('reveal-entity'), entityId: id }),
  v.object({ type: v.literal('reveal-note'), noteId }),
  v.object({ type: v.literal('refresh-notes') }),
  v.object({ type: v.literal('selection-quote') }),
  v.object({ type: v.literal('toggle-marks') }),
]);

export type ScriptChoice = v.InferOutput<typeof script>;
export type PageEntitiesMessage = v.InferOutput<typeof pageEntities>;
export type EntityCardRequest = v.InferOutput<typeof entityCardRequest>;
export type OpenPanelRequest = v.InferOutput<typeof openPanel>;
export type PageNotesRequest = v.InferOutput<typeof pageNotesRequest>;
export type NoteAnchorsMessage = v.InferOutput<typeof noteAnchors>;
export type AnchorStatus = v.InferOutput<typeof anchorStatus>;
export type Message = v.InferOutput<typeof toBackground>;
export type PageMessage = v.InferOutput<typeof toPage>;

export type EntityCardResponse = { ok: true; card: EntityCard } | { ok: false; error: string };
/** Quotes only: the page gets what it needs to mark them, never a note's text. */
export type PageNotesResponse =
  | {
      ok: true;
      notes: Array<{ id: string; quote: TextQuoteSelector }>;
    }
  | { ok: false; error: string };
export type SelectionQuoteResponse = TextQuoteSelector | null;

/** Returns the message if it has the expected shape, else null. */
export function parseMessage(value: unknown): Message | null {
  const result = v.safeParse(toBackground, value);
  return result.success ? result.output : null;
}

export function parsePageMessage(value: unknown): PageMessage | null {
  const result = v.safeParse(toPage, value);
  return result.success ? result.output : null;
}
