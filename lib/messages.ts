/**
 * The messages between content script, background and extension pages: one schema shared by
 * sender and receiver, validated on receipt (anything else is ignored).
 */
import type { PageEntitySummary } from './page/scanner';
import type { EntityCard } from './corpus/card';

export type ScriptChoice = 'hans' | 'hant';

export interface PageEntitiesMessage {
  type: 'page-entities';
  url: string;
  title: string;
  script: ScriptChoice;
  entities: PageEntitySummary[];
}

export interface EntityCardRequest {
  type: 'entity-card';
  entityId: string;
  script: ScriptChoice;
}

export interface OpenPanelRequest {
  type: 'open-panel';
  entityId: string | null;
  /** Present when the reader asked for a new note: the text around the mention. */
  note: { quote: string; prefix: string; suffix: string; url: string; title: string } | null;
}

export type Message = PageEntitiesMessage | EntityCardRequest | OpenPanelRequest;
export type EntityCardResponse = { ok: true; card: EntityCard } | { ok: false; error: string };

const MAX_TEXT = 10_000;
const isText = (v: unknown, max = MAX_TEXT): v is string => typeof v === 'string' && v.length <= max;
const isScript = (v: unknown): v is ScriptChoice => v === 'hans' || v === 'hant';
const isId = (v: unknown): v is string => typeof v === 'string' && /^[a-z0-9][a-z0-9-]{0,80}$/.test(v);

function isSummary(value: unknown): value is PageEntitySummary {
  const v = value as PageEntitySummary;
  return !!v && isId(v.id) && Number.isInteger(v.count) && v.count > 0 && Number.isInteger(v.firstIndex) && v.firstIndex >= 0;
}

function isNoteSeed(value: unknown): value is NonNullable<OpenPanelRequest['note']> {
  const v = value as NonNullable<OpenPanelRequest['note']>;
  return !!v && isText(v.quote) && isText(v.prefix) && isText(v.suffix) && isText(v.url, 4096) && isText(v.title, 1000);
}

/** Returns the message if it has the expected shape, else null. */
export function parseMessage(value: unknown): Message | null {
  if (!value || typeof value !== 'object') return null;
  const v = value as Record<string, unknown>;
  switch (v.type) {
    case 'page-entities':
      return isText(v.url, 4096) && isText(v.title, 1000) && isScript(v.script) && Array.isArray(v.entities) && v.entities.length <= 10_000 && v.entities.every(isSummary)
        ? (v as unknown as PageEntitiesMessage)
        : null;
    case 'entity-card':
      return isId(v.entityId) && isScript(v.script) ? (v as unknown as EntityCardRequest) : null;
    case 'open-panel':
      return (v.entityId === null || isId(v.entityId)) && (v.note === null || isNoteSeed(v.note)) ? (v as unknown as OpenPanelRequest) : null;
    default:
      return null;
  }
}
