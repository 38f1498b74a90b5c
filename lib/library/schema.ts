/**
 * What a saved article, a reader entity and a dismissed name must look like in a backup file
 * (valibot). Each schema is typed against the model's interface, so a field added there and not
 * here fails to compile. Text is checked as text with size limits; it is never markup, and the
 * interface renders it with textContent.
 */
import * as v from 'valibot';
import type { CompiledClaim } from '../corpus/compile';
import { ENTITY_TYPES } from '../core/entity-type';
import type { EntityCandidate } from './candidates';
import { DATE_SOURCES, type DismissedName, type ReaderEntity, type SavedArticle } from './model';
import {
  ATTRIBUTION_KINDS,
  CLAIM_KINDS,
  DATE_PRECISIONS,
  FIGURE_KINDS,
  MODALITIES,
  ROLES,
  UNITS,
} from '../claims/vocabulary';
import { isHttpUrl } from '../web/http-url';

const text = (max: number) => v.pipe(v.string(), v.maxLength(max, `is longer than ${max} characters`));
const id = v.pipe(v.string(), v.minLength(1, 'is empty'), v.maxLength(200, 'is longer than 200 characters'));
const time = v.pipe(v.number(), v.integer(), v.minValue(0));
const count = v.pipe(v.number(), v.integer(), v.minValue(0));
const list = <T extends v.GenericSchema>(item: T, max: number, what: string) =>
  v.pipe(v.array(item), v.maxLength(max, `has more than ${max} ${what}`));
const isoDate = v.pipe(v.string(), v.regex(/^\d{4}(?:-\d{2}(?:-\d{2}(?:T\d{2}:\d{2})?)?)?$/, 'is not an ISO date'));
const pageUrl = v.pipe(
  text(4096),
  v.check((url: string) => isHttpUrl(url), 'is not a web address (http or https)'),
);
const span = { start: count, end: count };

const figureSchema = v.object({
  text: text(500),
  ...span,
  value: v.number(),
  min: v.number(),
  max: v.nullable(v.number()),
  unit: v.picklist(UNITS),
  approx: v.boolean(),
  kind: v.picklist(FIGURE_KINDS),
});

const dateRefSchema = v.object({
  text: text(500),
  ...span,
  iso: text(40),
  precision: v.picklist(DATE_PRECISIONS),
  relative: v.boolean(),
});

const bilingual = (max: number) => v.object({ hans: text(max), hant: text(max) });

const claimSchema: v.GenericSchema<CompiledClaim> = v.object({
  id,
  kind: v.picklist(CLAIM_KINDS),
  modality: v.picklist(MODALITIES),
  attribution: v.object({
    kind: v.picklist(ATTRIBUTION_KINDS),
    entityId: v.optional(id),
    text: text(500),
  }),
  text: bilingual(20_000),
  sources: list(v.object({ articleId: id, paragraph: count, ...span, text: text(20_000) }), 1000, 'sources'),
  entities: list(v.object({ id, role: v.picklist(ROLES) }), 1000, 'entities'),
  figures: list(figureSchema, 1000, 'figures'),
  dates: list(dateRefSchema, 1000, 'dates'),
  contradicts: v.optional(list(id, 1000, 'ids')),
  score: v.number(),
  figureText: v.object({ hans: list(text(500), 1000, 'figures'), hant: list(text(500), 1000, 'figures') }),
  attributionText: v.optional(bilingual(500)),
  articleCount: count,
});

const candidateSchema: v.GenericSchema<EntityCandidate> = v.object({
  name: text(200),
  key: text(200),
  forms: list(text(200), 100, 'forms'),
  type: v.picklist(ENTITY_TYPES),
  rules: list(v.picklist(['latin', 'suffix', 'quoted', 'title', 'person', 'role']), 10, 'rules'),
  count,
  occurrences: list(v.object({ ...span, paragraph: count }), 10_000, 'occurrences'),
  sentences: list(v.object({ ...span, paragraph: count, text: text(20_000) }), 1000, 'sentences'),
});

export const savedArticleSchema: v.GenericSchema<SavedArticle> = v.object({
  url: pageUrl,
  title: text(2000),
  titleDerived: v.boolean(),
  site: text(500),
  author: v.nullable(text(500)),
  published: v.nullable(isoDate),
  dateSource: v.picklist(DATE_SOURCES),
  script: v.picklist(['hans', 'hant']),
  paragraphs: list(text(100_000), 20_000, 'paragraphs'),
  id,
  textHash: text(200),
  savedAt: time,
  processedAt: time,
  processorVersion: count,
  mentions: list(v.tuple([count, count, count, id]), 200_000, 'mentions'),
  entityIds: list(id, 20_000, 'entities'),
  claims: list(claimSchema, 20_000, 'claims'),
  candidates: list(candidateSchema, 20_000, 'candidates'),
});

export const readerEntitySchema: v.GenericSchema<ReaderEntity> = v.object({
  id: v.pipe(id, v.startsWith('user:', "does not start with 'user:'")),
  type: v.picklist(ENTITY_TYPES),
  name: v.object({ hans: text(200), hant: text(200), en: v.optional(text(200)) }),
  aliases: list(text(200), 500, 'aliases'),
  parent: v.nullable(id),
  description: text(2000),
  ambiguousNames: list(text(200), 500, 'names'),
  cues: list(text(200), 2000, 'cues'),
  createdAt: time,
  updatedAt: time,
});

export const dismissedNameSchema: v.GenericSchema<DismissedName> = v.object({
  key: v.pipe(text(200), v.minLength(1, 'is empty')),
  name: text(200),
  dismissedAt: time,
});
