/**
 * The reader's library: what a saved article and a reader-confirmed entity are. One home for the
 * shapes that the saving script, the processing pipeline, the database, the backup file, the
 * matcher builder and the panel all share. Pure types and a few constants.
 */
import type { EntityType } from '../core/entity-type';
import type { CompiledClaim } from '../corpus/compile';
import type { EntityCandidate } from './candidates';

/**
 * Bump when extraction or recognition changes what a saved article holds ("process again" offers
 * itself). 2: the claim rules of 2026-11 (references, roles, kind and modality), declared short names.
 * 3: new-name candidates of ordinary words found by their role words (深度求索创始人, 由X开发); claims
 * with topic chains, the majority roles, denials by playing down, reports that go on, more dates.
 * 4: products standing for their makers, hidden predicates, titled speakers, more tags (guidance,
 * answers that deny, silences), units of compute and specifications, bounds over conversions.
 * 5: officers and metric owners in roles, answers to rumours and plans as tags, writers' views off
 * cards, days counted from an event, tokens as a unit; the saved page's tables, pull quotes, captions.
 * 6: predictions under any verb of saying, negated answers as denials, 【headlines】 as sentences,
 * withheld details and answers to reports as claims of their own, units as most editors write them
 * (points, nm, W); embedded posts, author cards and verdict boxes off the saved page.
 * 7: speakers for their organization across the article, class nouns and zero subjects continuing
 * the topic, passives and foundings in roles, plans as kind forecast, 【headline】 lines as claims,
 * shares and pages as units; editor's notes, key-points boxes and table notes off the saved page.
 * 8: officer titles as one class (joined where jieba cuts them), pronouns going on with the topic,
 * 本轮 and unsaid investees, owners of what is acted on, Hong Kong and Taiwan hedges (據報, 網傳,
 * 計畫), conditions joined to their clause, year-to-date periods and more figure shapes; the 63
 * gazetteer entries added; markup-split date boxes, count rows and © notices off the saved page.
 * 9: the ninth and tenth sessions' claims — coordinated acts and metric lists, ；and subject-switch
 * cuts, topic-chain measures, silences and new acts as claims of their own, denials and rulings in
 * roles, counted lists (三家), done facts cut from plans — and the ninth session's 15 gazetteer entries.
 * 10: the eleventh session's checklists — Minguo years and more date shapes, a claim's own date
 * first, figure readings (3千亿, 一万两千, 三成五, ISO currencies), modality cues of all three
 * wordings, roles of moves and counterparts, data firms' and quotations' attribution, cuts after a
 * share, 其中 and 此外; open questions and speakerless quote pieces off the cards.
 * 11: the twelfth session's checklists — cuts at a new subject (officers, second speakers) and in
 * chains of one subject (market value, periods, 截至, dated acts), role direction (passives,
 * counterparts, 紧随其后) and mentions, outlets and 按照X的说法 as sources, the writer's inferences.
 * 12: the thirteenth session's checklists — names only mentioned (built-in models, venues, origin),
 * described subjects, role direction, tags (年内, targets, conditions, ratings), 去年同期 and fiscal
 * calendars, 该公司 never a public body nor past an unknown company.
 */
export const PROCESSOR_VERSION = 12;

/** A page bigger than this (its HTML, as serialized) is refused before extraction. */
export const MAX_PAGE_BYTES = 5 * 1024 * 1024;

/** How the publication date was established, for the reader and the editor. */
export const DATE_SOURCES = [
  'meta',
  'json-ld',
  'time-element',
  'byline',
  'url',
  'sign-off',
  'dateline',
  'none',
] as const;
export type DateSource = (typeof DATE_SOURCES)[number];

/** What the on-demand extraction script sends back from a page (plain text only, never markup). */
export interface ExtractedPage {
  /** Normalized like notes' addresses (lib/notes/url.ts normalizeUrl). */
  url: string;
  title: string;
  /** True when the page gave no title and it was derived from the text. */
  titleDerived: boolean;
  site: string;
  author: string | null;
  /** ISO date (2024-03-05 or 2024-03-05T10:20) or null when the page states none. */
  published: string | null;
  dateSource: DateSource;
  script: 'hans' | 'hant';
  /** Paragraphs of the article body as text. */
  paragraphs: string[];
}

/** A saved article after processing. Its id is also its `articleId` in claims' sources. */
export interface SavedArticle extends ExtractedPage {
  /** `lib:` + a hash of the normalized URL. */
  id: string;
  /** Hash of the folded text, to refuse the same text saved from another address. */
  textHash: string;
  savedAt: number;
  processedAt: number;
  /** PROCESSOR_VERSION at processing time. */
  processorVersion: number;
  /** Mentions per paragraph: [paragraph, start, end, entity id] (bundled or reader entity). */
  mentions: Array<[number, number, number, string]>;
  /** Distinct entity ids mentioned, most mentioned first (indexed for "related" and cards). */
  entityIds: string[];
  /** Claims extracted from this article alone (sources' articleId = id), in the corpus's shape. */
  claims: CompiledClaim[];
  /** New names found in it that no entity (bundled or the reader's) covers, not dismissed. */
  candidates: EntityCandidate[];
}

/** An entity the reader confirmed. Joins recognition everywhere like a bundled one. */
export interface ReaderEntity {
  /** `user:` + a slug or hash; never collides with a bundled id. */
  id: string;
  type: EntityType;
  name: { hans: string; hant: string; en?: string };
  /** Other names as the reader wrote them (either script; Latin as is). */
  aliases: string[];
  /** Bundled or reader entity id of the owner/parent, or null. */
  parent: string | null;
  description: string;
  /** Names that are also ordinary words and so need cues nearby (same evidence rules as bundled). */
  ambiguousNames: string[];
  cues: string[];
  createdAt: number;
  updatedAt: number;
}

/** A candidate name the reader dismissed, remembered by its folded form. */
export interface DismissedName {
  key: string;
  name: string;
  dismissedAt: number;
}
