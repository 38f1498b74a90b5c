/**
 * The messages between content script, background and extension pages. One map per direction
 * declares each request with the schema of its reply; `send()` derives the reply type from the
 * request's `type`, and both ends check what arrives (requests and replies alike) with valibot:
 * anything malformed is ignored on receipt, or read as no answer by the sender. Types come from
 * the schemas, so sender and receiver cannot drift apart.
 *
 * Pure: the browser transport is passed in (entrypoints wire `browser.runtime.sendMessage` or
 * `browser.tabs.sendMessage`), so the protocol is tested in Node.
 */
import * as v from 'valibot';
import type { EntityCard } from './corpus/card';
import { SCRIPTS } from './core/script';
import { textQuoteSelectorSchema } from './notes/selector';

const MAX_TEXT = 10_000;
const text = (max = MAX_TEXT) => v.pipe(v.string(), v.maxLength(max));
/** A bundled entity's id, or a reader entity's (`user:` + a slug in any script, lib/library/model.ts). */
const id = v.pipe(v.string(), v.regex(/^(?:[a-z0-9][a-z0-9-]{0,80}|user:[\p{L}\p{N}_-]{1,80})$/u));
const noteId = v.pipe(v.string(), v.minLength(1), v.maxLength(100));
const count = v.pipe(v.number(), v.integer(), v.minValue(0));
const script = v.picklist(SCRIPTS);
const failure = v.object({ ok: v.literal(false), error: text() });

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
  /** Present when the reader asked to make an entity of a selected text ("Add as entity"). */
  newEntity: v.optional(text(200)),
});

/** Save the tab's article to the library (from the popover: its tab; from the panel: the tab it follows). */
const saveArticle = v.object({
  type: v.literal('save-article'),
  tabId: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0))),
});

const pageNotesRequest = v.object({ type: v.literal('page-notes'), url: text(4096) });

const anchorStatus = v.picklist(['exact', 'fuzzy', 'orphan']);
const noteAnchors = v.object({
  type: v.literal('note-anchors'),
  url: text(4096),
  anchors: v.pipe(v.array(v.object({ id: noteId, status: anchorStatus })), v.maxLength(10_000)),
});

/** The card is built by this extension's own background from the bundled corpus: its shape is
 * checked where the popover depends on it (identity, names, claims), the rest is passed on. */
const entityCard = v.pipe(
  v.looseObject({
    id,
    type: v.string(),
    name: v.string(),
    description: v.string(),
    claims: v.array(v.looseObject({ id: v.string(), text: v.string() })),
    related: v.array(v.object({ id, name: v.string() })),
  }),
  v.transform((card) => card as unknown as EntityCard),
);

/** The reader's entities changed (or a page found no stored recognizer): build and store it again. */
const rebuildRecognizer = v.object({ type: v.literal('rebuild-recognizer') });

/** Requests to the background (from content scripts and extension pages). */
const toBackground = v.variant('type', [
  pageEntities,
  entityCardRequest,
  openPanel,
  pageNotesRequest,
  noteAnchors,
  saveArticle,
  rebuildRecognizer,
]);

/** Requests to the content script of one tab (from the side panel or the background). */
const toPage = v.variant('type', [
  v.object({ type: v.literal('reveal-entity'), entityId: id }),
  v.object({ type: v.literal('reveal-note'), noteId }),
  v.object({ type: v.literal('refresh-notes') }),
  v.object({ type: v.literal('selection-quote') }),
  v.object({ type: v.literal('toggle-marks') }),
]);

/** Each background request's reply. */
const backgroundReplies = {
  'page-entities': v.undefined(),
  'entity-card': v.variant('ok', [v.object({ ok: v.literal(true), card: entityCard }), failure]),
  'open-panel': v.undefined(),
  /** Quotes only: the page gets what it needs to mark them, never a note's text. */
  'page-notes': v.variant('ok', [
    v.object({ ok: v.literal(true), notes: v.array(v.object({ id: noteId, quote })) }),
    failure,
  ]),
  'note-anchors': v.undefined(),
  /** The outcome goes to the tab's side panel (lib/library/save-job.ts), which shows it. */
  'save-article': v.undefined(),
  /**
   * Written to storage.local when ok (lib/recognizer-store.ts); names = keys in the matcher;
   * collisions = reader names another entity keeps (lib/library/reader-names.ts), to explain.
   */
  'rebuild-recognizer': v.variant('ok', [
    v.object({
      ok: v.literal(true),
      names: count,
      readerEntities: count,
      collisions: v.pipe(v.array(v.object({ key: text(500), entityId: id, keptBy: id })), v.maxLength(10_000)),
    }),
    failure,
  ]),
} satisfies Record<Message['type'], v.GenericSchema>;

/** Each page request's reply. */
const pageReplies = {
  /** Whether the page had the entity / the note's quote to show. */
  'reveal-entity': v.boolean(),
  'reveal-note': v.boolean(),
  'refresh-notes': v.undefined(),
  'selection-quote': v.nullable(quote),
  'toggle-marks': v.undefined(),
} satisfies Record<PageMessage['type'], v.GenericSchema>;

export type PageEntitiesMessage = v.InferOutput<typeof pageEntities>;
export type EntityCardRequest = v.InferOutput<typeof entityCardRequest>;
export type OpenPanelRequest = v.InferOutput<typeof openPanel>;
export type PageNotesRequest = v.InferOutput<typeof pageNotesRequest>;
export type NoteAnchorsMessage = v.InferOutput<typeof noteAnchors>;
export type SaveArticleRequest = v.InferOutput<typeof saveArticle>;
export type AnchorStatus = v.InferOutput<typeof anchorStatus>;
export type Message = v.InferOutput<typeof toBackground>;
export type PageMessage = v.InferOutput<typeof toPage>;

type BackgroundReplies = typeof backgroundReplies;
type PageReplies = typeof pageReplies;
export type BackgroundReply<T extends Message['type']> = v.InferOutput<BackgroundReplies[T]>;
export type PageReply<T extends PageMessage['type']> = v.InferOutput<PageReplies[T]>;
export type EntityCardResponse = BackgroundReply<'entity-card'>;
export type PageNotesResponse = BackgroundReply<'page-notes'>;
export type RebuildRecognizerResponse = BackgroundReply<'rebuild-recognizer'>;
export type SelectionQuoteResponse = PageReply<'selection-quote'>;

type Typed = { type: string };
type ReplySchemas<M extends Typed> = Record<M['type'], v.GenericSchema>;
type RequestOf<M extends Typed, T extends M['type']> = Extract<M, { type: T }>;

/** Returns the message if it has the expected shape, else null. */
export function parseMessage(value: unknown): Message | null {
  const result = v.safeParse(toBackground, value);
  return result.success ? result.output : null;
}

export function parsePageMessage(value: unknown): PageMessage | null {
  const result = v.safeParse(toPage, value);
  return result.success ? result.output : null;
}

/**
 * A `send()` whose reply type follows from the request's type. The reply is checked against its
 * schema; a transport error (no receiver, extension reloaded) or a malformed reply reads as
 * `undefined`, so callers handle "no answer" once.
 */
function typedSender<M extends Typed, R extends ReplySchemas<M>>(
  replies: R,
  transport: (message: M) => Promise<unknown>,
): <T extends M['type']>(message: RequestOf<M, T>) => Promise<v.InferOutput<R[T]> | undefined> {
  return async (message) => {
    let raw: unknown;
    try {
      raw = await transport(message);
    } catch {
      return undefined;
    }
    const schema = replies[message.type as M['type']] as v.GenericSchema | undefined;
    if (!schema) return undefined;
    const result = v.safeParse(schema, raw);
    return result.success ? result.output : undefined;
  };
}

export const backgroundSender = (transport: (message: Message) => Promise<unknown>) =>
  typedSender<Message, BackgroundReplies>(backgroundReplies, transport);
export const pageSender = (transport: (message: PageMessage) => Promise<unknown>) =>
  typedSender<PageMessage, PageReplies>(pageReplies, transport);

/** A handler's way of not answering (a frame that has nothing to say lets another frame answer). */
export const NO_REPLY: unique symbol = Symbol('no reply');

/** What a handler returns: its reply, or nothing for a request that has none. */
type Answer<T> = [T] extends [undefined] ? void : T | typeof NO_REPLY;

type Handlers<M extends Typed, R extends ReplySchemas<M>, S> = {
  [T in M['type']]: (
    message: RequestOf<M, T>,
    sender: S,
  ) => Answer<v.InferOutput<R[T]>> | Promise<Answer<v.InferOutput<R[T]>>>;
};

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return typeof (value as { then?: unknown } | null)?.then === 'function';
}

/**
 * A `runtime.onMessage` listener: drops messages from other senders and malformed ones, runs the
 * handler for the message's type, and answers with what it returns (asynchronously for a
 * promise: the listener then returns true to keep the channel open).
 */
function typedListener<M extends Typed, R extends ReplySchemas<M>, S>(
  parse: (raw: unknown) => M | null,
  handlers: Handlers<M, R, S>,
  accept: (sender: S) => boolean,
): (raw: unknown, sender: S, sendResponse: (reply: unknown) => void) => true | undefined {
  return (raw, sender, sendResponse) => {
    if (!accept(sender)) return undefined;
    const message = parse(raw);
    if (!message) return undefined;
    const handler = handlers[message.type as M['type']] as (m: M, s: S) => unknown;
    const reply = handler(message, sender);
    // Any thenable, not only this realm's Promise: Dexie's queries return their own promise type.
    if (isThenable(reply)) {
      Promise.resolve(reply).then(
        (value) => {
          if (value !== NO_REPLY) sendResponse(value);
        },
        () => sendResponse(undefined),
      );
      return true;
    }
    if (reply !== NO_REPLY && reply !== undefined) sendResponse(reply);
    return undefined;
  };
}

export const backgroundListener = <S>(
  handlers: Handlers<Message, BackgroundReplies, S>,
  accept: (sender: S) => boolean,
) => typedListener(parseMessage, handlers, accept);
export const pageListener = <S>(handlers: Handlers<PageMessage, PageReplies, S>, accept: (sender: S) => boolean) =>
  typedListener(parsePageMessage, handlers, accept);
