/**
 * Notes in and out: Markdown for reading elsewhere, JSON (versioned) for moving between
 * profiles. An import is checked whole with a valibot schema before anything is written, then
 * merged in one transaction: a bad file changes nothing.
 */
import * as v from 'valibot';
import type { Note } from './db';
import { NOTES_SCHEMA_VERSION, type NotesDb } from './db';
import { MAX_TAGS, MAX_TAG_LENGTH } from './store';

export const EXPORT_FORMAT = 'techlens-notes';
const MAX_FILE_CHARS = 50 * 1024 * 1024;

export function exportJson(notes: readonly Note[], now = new Date()): string {
  return JSON.stringify({ format: EXPORT_FORMAT, version: NOTES_SCHEMA_VERSION, exportedAt: now.toISOString(), notes }, null, 2);
}

const day = (time: number) => new Date(time).toISOString().slice(0, 10);

/** Grouped by page (most recent first), each note with its quote, body, entities and tags. */
export function exportMarkdown(notes: readonly Note[], options: { entityName?: (id: string) => string } = {}): string {
  const name = options.entityName ?? ((id: string) => id);
  const pages = new Map<string, Note[]>();
  for (const note of [...notes].sort((a, b) => b.updatedAt - a.updatedAt)) pages.set(note.url, [...(pages.get(note.url) ?? []), note]);
  const out: string[] = ['# Tech Lens notes', ''];
  for (const [url, group] of pages) {
    const title = (group[0]!.pageTitle || url).replace(/[[\]]/g, '\\$&');
    out.push(`## [${title}](<${url}>)`, '');
    for (const note of group) {
      if (note.quote) out.push(...note.quote.exact.split('\n').map((line) => `> ${line}`), '');
      if (note.body.trim()) out.push(note.body.trim(), '');
      const meta = [day(note.updatedAt)];
      if (note.entityIds.length) meta.push(note.entityIds.map(name).join('、'));
      if (note.tags.length) meta.push(note.tags.map((t) => `#${t}`).join(' '));
      out.push(`*${meta.join(' · ')}*`, '', '---', '');
    }
  }
  return out.join('\n');
}

const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const time = v.pipe(v.number(), v.integer(), v.minValue(0));
const noteSchema = v.object({
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(100)),
  url: text(4096),
  pageTitle: text(2000),
  quote: v.nullable(
    v.object({
      exact: text(20_000),
      prefix: text(2000),
      suffix: text(2000),
      position: v.optional(v.object({ start: time, end: time })),
    }),
  ),
  entityIds: v.pipe(v.array(text(100)), v.maxLength(1000)),
  body: text(200_000),
  tags: v.pipe(v.array(text(MAX_TAG_LENGTH)), v.maxLength(MAX_TAGS)),
  createdAt: time,
  updatedAt: time,
  // Version-1 files have no save counter.
  rev: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1)), 1),
  conflictOf: v.optional(v.pipe(v.string(), v.maxLength(100))),
});
const fileSchema = v.object({
  format: v.literal(EXPORT_FORMAT),
  version: v.number(),
  notes: v.pipe(v.array(v.unknown()), v.maxLength(200_000)),
});

export type ImportParse = { ok: true; notes: Note[] } | { ok: false; error: string };

function describeIssue(issue: v.BaseIssue<unknown>): string {
  const path = issue.path?.map((p) => String(p.key)).join('.') ?? '';
  return path ? `${path}: ${issue.message}` : issue.message;
}

/** Checks a whole export file; any problem is reported and nothing is returned. */
export function parseImport(source: string): ImportParse {
  if (source.length > MAX_FILE_CHARS) return { ok: false, error: 'the file is larger than 50 MB' };
  let raw: unknown;
  try {
    raw = JSON.parse(source);
  } catch {
    return { ok: false, error: 'the file is not valid JSON (truncated?)' };
  }
  const file = v.safeParse(fileSchema, raw);
  if (!file.success) {
    const format = (raw as { format?: unknown } | null)?.format;
    return { ok: false, error: format !== EXPORT_FORMAT ? 'this is not a Tech Lens notes export' : `invalid file: ${describeIssue(file.issues[0])}` };
  }
  if (file.output.version > NOTES_SCHEMA_VERSION) return { ok: false, error: `the file was made by a newer version of Tech Lens (format ${file.output.version})` };
  if (file.output.version < 1 || !Number.isInteger(file.output.version)) return { ok: false, error: `unknown format version ${file.output.version}` };
  const notes: Note[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < file.output.notes.length; i++) {
    const parsed = v.safeParse(noteSchema, file.output.notes[i]);
    if (!parsed.success) return { ok: false, error: `note ${i + 1}: ${describeIssue(parsed.issues[0])}` };
    if (seen.has(parsed.output.id)) return { ok: false, error: `note ${i + 1}: the id ${parsed.output.id} appears twice` };
    seen.add(parsed.output.id);
    const { conflictOf, ...rest } = parsed.output;
    notes.push(conflictOf === undefined ? rest : { ...rest, conflictOf });
  }
  return { ok: true, notes };
}

export interface ImportResult {
  added: number;
  updated: number;
  unchanged: number;
}

/** Merges by id in one transaction: new ids are added, newer versions replace older ones. */
export async function importNotes(db: NotesDb, notes: readonly Note[]): Promise<ImportResult> {
  return db.transaction('rw', db.notes, async () => {
    const existing = await db.notes.bulkGet(notes.map((n) => n.id));
    const result: ImportResult = { added: 0, updated: 0, unchanged: 0 };
    const writes: Note[] = [];
    notes.forEach((note, i) => {
      const current = existing[i];
      if (!current) result.added++;
      else if (note.updatedAt > current.updatedAt) result.updated++;
      else {
        result.unchanged++;
        return;
      }
      writes.push(note);
    });
    await db.notes.bulkPut(writes);
    return result;
  });
}
