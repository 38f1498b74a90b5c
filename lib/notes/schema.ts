/**
 * What a stored or imported note must look like (valibot). The database holds whatever an older
 * version, another tool or a failing disk left there, so reads check each record too.
 */
import * as v from 'valibot';
import type { Note } from './db';
import { textQuoteSelectorSchema } from './selector';
import { isHttpUrl } from '../web/http-url';

export const MAX_TAGS = 32;
export const MAX_TAG_LENGTH = 40;

const text = (max: number) => v.pipe(v.string(), v.maxLength(max, `is longer than ${max} characters`));
const id = v.pipe(v.string(), v.minLength(1, 'is empty'), v.maxLength(100, 'is longer than 100 characters'));
const time = v.pipe(v.number(), v.integer(), v.minValue(0));
// A note belongs to a web page: any other scheme (javascript:, data:, file:) is refused.
const pageUrl = v.pipe(
  text(4096),
  v.check((url: string) => isHttpUrl(url), 'is not a web address (http or https)'),
);
const noteFields = {
  id,
  url: pageUrl,
  pageTitle: text(2000),
  quote: v.nullable(textQuoteSelectorSchema({ exact: 20_000, context: 2000 })),
  entityIds: v.pipe(v.array(id), v.maxLength(1000, 'has more than 1000 entities')),
  body: text(200_000),
  tags: v.pipe(
    v.array(
      v.pipe(
        v.string(),
        v.minLength(1, 'is empty'),
        v.maxLength(MAX_TAG_LENGTH, `is longer than ${MAX_TAG_LENGTH} characters`),
      ),
    ),
    v.maxLength(MAX_TAGS, `has more than ${MAX_TAGS} tags`),
  ),
  createdAt: time,
  updatedAt: time,
  conflictOf: v.optional(id),
};
const rev = v.pipe(v.number(), v.integer(), v.minValue(1));
// Version-1 files predate the save counter; from version 2 on it is required.
export const noteSchemaV1 = v.object({ ...noteFields, rev: v.optional(rev, 1) });
export const noteSchemaV2 = v.object({ ...noteFields, rev });

// Reads check shape only: the size limits above guard imports, and a long note the reader wrote
// must never be taken for a damaged one.
const storedNoteSchema = v.object({
  id: v.string(),
  url: v.string(),
  pageTitle: v.string(),
  quote: v.nullable(v.object({ exact: v.string(), prefix: v.string(), suffix: v.string() })),
  entityIds: v.array(v.string()),
  body: v.string(),
  tags: v.array(v.string()),
  createdAt: v.number(),
  updatedAt: v.number(),
  rev: v.number(),
});

/** A record the panel can show and edit without failing. */
export function isNote(value: unknown): value is Note {
  return v.is(storedNoteSchema, value);
}
