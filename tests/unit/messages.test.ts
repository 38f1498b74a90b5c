import { describe, expect, expectTypeOf, it, vi } from 'vitest';
import {
  backgroundListener,
  backgroundSender,
  NO_REPLY,
  pageListener,
  pageSender,
  parseMessage,
  parsePageMessage,
  type EntityCardResponse,
  type PageNotesResponse,
  type RebuildRecognizerResponse,
} from '../../lib/messages';

const card = {
  id: 'bytedance',
  type: 'company',
  name: '字节跳动',
  englishName: 'ByteDance',
  aliases: [],
  description: '',
  parent: null,
  mentionCount: 1,
  articleCount: 1,
  claims: [],
  related: [],
};

describe('requests', () => {
  it('accepts each well-formed request and refuses anything else', () => {
    expect(parseMessage({ type: 'entity-card', entityId: 'bytedance', script: 'hant' })).not.toBeNull();
    expect(parseMessage({ type: 'entity-card', entityId: 'ByteDance!', script: 'hant' })).toBeNull();
    // A reader entity's id: `user:` and a slug in any script.
    expect(parseMessage({ type: 'entity-card', entityId: 'user:月之暗面-2', script: 'hans' })).not.toBeNull();
    expect(parseMessage({ type: 'entity-card', entityId: 'user:<b>', script: 'hans' })).toBeNull();
    expect(parseMessage({ type: 'rebuild-recognizer' })).not.toBeNull();
    expect(parseMessage({ type: 'entity-card', entityId: 'bytedance', script: 'latin' })).toBeNull();
    // Reader entities have their own prefix; no other prefix passes.
    expect(parseMessage({ type: 'entity-card', entityId: 'user:a1b2', script: 'hans' })).not.toBeNull();
    expect(parseMessage({ type: 'entity-card', entityId: 'lib:a1b2', script: 'hans' })).toBeNull();
    expect(parseMessage({ type: 'save-article', tabId: 3 })).not.toBeNull();
    expect(parseMessage({ type: 'save-article', tabId: -1 })).toBeNull();
    expect(parseMessage({ type: 'no-such-type' })).toBeNull();
    expect(parseMessage('entity-card')).toBeNull();
    expect(parsePageMessage({ type: 'reveal-note', noteId: '' })).toBeNull();
    expect(parsePageMessage({ type: 'toggle-marks' })).toEqual({ type: 'toggle-marks' });
  });
});

describe('send() derives and checks the reply', () => {
  it('returns a well-formed reply with the type of its request', async () => {
    const send = backgroundSender(() => Promise.resolve({ ok: true, card }));
    const reply = await send({ type: 'entity-card', entityId: 'bytedance', script: 'hans' });
    expectTypeOf(reply).toEqualTypeOf<EntityCardResponse | undefined>();
    expect(reply).toEqual({ ok: true, card });
    const notes = backgroundSender(() => Promise.resolve({ ok: true, notes: [] }));
    expectTypeOf(await notes({ type: 'page-notes', url: 'https://a.test/' })).toEqualTypeOf<
      PageNotesResponse | undefined
    >();
  });

  it('reads a malformed reply, a thrown transport or no receiver as no answer', async () => {
    const request = { type: 'entity-card', entityId: 'bytedance', script: 'hans' } as const;
    expect(await backgroundSender(() => Promise.resolve({ ok: true }))(request)).toBeUndefined();
    expect(await backgroundSender(() => Promise.resolve({ ok: 'yes', card }))(request)).toBeUndefined();
    expect(await backgroundSender(() => Promise.reject(new Error('Receiving end does not exist')))(request)).toBe(
      undefined,
    );
    const quote = pageSender(() => Promise.resolve({ quote: 1 }));
    expect(await quote({ type: 'selection-quote' })).toBeUndefined();
    const revealed = pageSender(() => Promise.resolve(true));
    expect(await revealed({ type: 'reveal-entity', entityId: 'openai' })).toBe(true);
  });

  it('does not compile a request of the wrong shape', () => {
    const send = backgroundSender(() => Promise.resolve(undefined));
    // @ts-expect-error: an entity-card request needs a script
    void send({ type: 'entity-card', entityId: 'openai' });
    // @ts-expect-error: a page request is not a background request
    void send({ type: 'toggle-marks' });
  });
});

describe('listeners', () => {
  const self = { id: 'self' };
  const handlers = {
    'page-entities': vi.fn(),
    'entity-card': vi.fn((): EntityCardResponse => ({ ok: true, card: card as never })),
    'open-panel': vi.fn(),
    'page-notes': vi.fn(() => Promise.resolve<PageNotesResponse>({ ok: true, notes: [] })),
    'note-anchors': vi.fn(),
    'save-article': vi.fn(),
    'rebuild-recognizer': vi.fn(() =>
      Promise.resolve<RebuildRecognizerResponse>({ ok: true, names: 1, readerEntities: 0, collisions: [] }),
    ),
  };

  it('answers from the handler of the message type, only for this extension and well-formed messages', () => {
    const listen = backgroundListener(handlers, (sender: { id: string }) => sender.id === 'self');
    const respond = vi.fn();
    const request = { type: 'entity-card', entityId: 'bytedance', script: 'hans' };
    expect(listen(request, { id: 'other' }, respond)).toBeUndefined();
    expect(listen({ ...request, script: 'x' }, self, respond)).toBeUndefined();
    expect(respond).not.toHaveBeenCalled();
    expect(handlers['entity-card']).not.toHaveBeenCalled();
    listen(request, self, respond);
    expect(respond).toHaveBeenCalledWith({ ok: true, card });
  });

  it('keeps the channel open for a promise and answers when it settles', async () => {
    const listen = backgroundListener(handlers, () => true);
    const reply = new Promise((resolve) => {
      expect(listen({ type: 'page-notes', url: 'https://a.test/' }, self, resolve)).toBe(true);
    });
    expect(await reply).toEqual({ ok: true, notes: [] });
  });

  it("answers from a thenable that is not this realm's Promise (Dexie returns its own)", async () => {
    const thenable = {
      then: (resolve: (value: PageNotesResponse) => void) => resolve({ ok: true, notes: [] }),
    } as unknown as Promise<PageNotesResponse>;
    const listen = backgroundListener({ ...handlers, 'page-notes': () => thenable }, () => true);
    const respond = vi.fn();
    expect(listen({ type: 'page-notes', url: 'https://a.test/' }, self, respond)).toBe(true);
    await vi.waitFor(() => expect(respond).toHaveBeenCalled());
    // The settled value itself, never the thenable (which would reach the sender as {}).
    expect(respond).toHaveBeenCalledWith({ ok: true, notes: [] });
  });

  it('does not answer a request that has no reply, nor when the handler declines', () => {
    const respond = vi.fn();
    backgroundListener(handlers, () => true)({ type: 'open-panel', entityId: null, note: null }, self, respond);
    const quiet = pageListener(
      {
        'reveal-entity': () => false,
        'reveal-note': () => false,
        'refresh-notes': () => {},
        'selection-quote': () => NO_REPLY,
        'toggle-marks': () => {},
      },
      () => true,
    );
    quiet({ type: 'selection-quote' }, self, respond);
    expect(respond).not.toHaveBeenCalled();
    quiet({ type: 'reveal-entity', entityId: 'openai' }, self, respond);
    expect(respond).toHaveBeenCalledWith(false);
  });
});
