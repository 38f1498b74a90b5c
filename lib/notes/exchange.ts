/**
 * Notes in and out: Markdown for reading elsewhere, JSON (versioned) for moving between
 * profiles. An import is checked whole with a valibot schema before anything is written, then
 * merged in one transaction: a bad file changes nothing.
 */
import * as v from 'valibot';
import type { Note } from './db';
import { NOTES_SCHEMA_VERSION, type NotesDb } from './db';
import { noteSchemaV1, noteSchemaV2 } from './schema';

export const EXPORT_FORMAT = 'techlens-notes';
/** The UI can check File.size against this before reading the file at all. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

export function exportJson(notes: readonly Note[], now = new Date()): string {
  return JSON.stringify(
    { format: EXPORT_FORMAT, version: NOTES_SCHEMA_VERSION, exportedAt: now.toISOString(), notes },
    null,
    2,
  );
}

/** The reader's local calendar day: notes are dated as the reader lived them. */
function day(time: number): string {
  const date = new Date(time);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** `(url)`, or `(<url>)` when spaces, angle brackets or unbalanced parentheses would end the link early. */
function linkDestination(url: string): string {
  let depth = 0;
  for (const c of url) {
    if (c === '(') depth++;
    else if (c === ')' && --depth < 0) break;
  }
  return depth === 0 && !/[\s<>]/.test(url) ? `(${url})` : `(<${url.replace(/[<>]/g, encodeURIComponent)}>)`;
}

/** Grouped by page (most recent first), each note with its quote, body, entities, tags and dates. */
export function exportMarkdown(notes: readonly Note[], options: { entityName?: (id: string) => string } = {}): string {
  const name = options.entityName ?? ((id: string) => id);
  const pages = new Map<string, Note[]>();
  for (const note of [...notes].sort((a, b) => b.updatedAt - a.updatedAt)) {
    const group = pages.get(note.url);
    if (group) group.push(note);
    else pages.set(note.url, [note]);
  }
  const out: string[] = ['# Tech Lens notes', ''];
  for (const [url, group] of pages) {
    // A heading is one line, and brackets would end the link text.
    const title = (group[0]!.pageTitle.replace(/\s+/g, ' ').trim() || url).replace(/[[\]\\]/g, '\\$&');
    out.push(`## [${title}]${linkDestination(url)}`, '');
    for (const note of group) {
      if (note.quote) out.push(...note.quote.exact.split('\n').map((line) => `> ${line}`.trimEnd()), '');
      if (note.body.trim()) out.push(note.body.trim(), '');
      const created = day(note.createdAt);
      const updated = day(note.updatedAt);
      const meta = [updated === created ? created : `${created} (edited ${updated})`];
      if (note.entityIds.length) meta.push(note.entityIds.map(name).join('、'));
      if (note.tags.length) meta.push(note.tags.map((t) => `#${t}`).join(' '));
      out.push(`*${meta.join(' · ')}*`, '', '---', '');
    }
  }
  return out.join('\n');
}

const fileSchema = v.object({
  format: v.literal(EXPORT_FORMAT),
  version: v.number(),
  notes: v.pipe(v.array(v.unknown()), v.maxLength(200_000, 'has more than 200000 notes')),
});

/** Why a file was refused: a code the interface translates, its details, and an English text. */
export type ImportProblem =
  | { code: 'tooLarge' }
  | { code: 'notJson' }
  | { code: 'notOurs' }
  | { code: 'newerVersion'; version: number }
  | { code: 'unknownVersion'; version: number }
  | { code: 'invalidFile'; detail: string }
  | { code: 'invalidNote'; note: number; detail: string }
  | { code: 'duplicateId'; note: number; id: string };

export type ImportParse = { ok: true; notes: Note[] } | { ok: false; error: string; problem: ImportProblem };

/** The English sentence for a problem (logs, tests, and the fallback text). */
export function describeProblem(problem: ImportProblem): string {
  switch (problem.code) {
    case 'tooLarge':
      return 'the file is larger than 50 MB';
    case 'notJson':
      return 'the file is not valid JSON (truncated?)';
    case 'notOurs':
      return 'this is not a Tech Lens notes export';
    case 'newerVersion':
      return `the file was made by a newer version of Tech Lens (format ${problem.version})`;
    case 'unknownVersion':
      return `unknown format version ${problem.version}`;
    case 'invalidFile':
      return `invalid file: ${problem.detail}`;
    case 'invalidNote':
      return `note ${problem.note}: ${problem.detail}`;
    case 'duplicateId':
      return `note ${problem.note}: the id ${problem.id} appears twice`;
  }
}

export function refused(problem: ImportProblem): ImportParse {
  return { ok: false, error: describeProblem(problem), problem };
}

function describeIssue(issue: v.BaseIssue<unknown>): string {
  const path = issue.path?.map((p) => String(p.key)).join('.') ?? '';
  // valibot reports a missing key as a type error on the object; say it plainly.
  const message = issue.kind === 'schema' && issue.input === undefined ? 'is missing' : issue.message;
  return path ? `${path}: ${message}` : message;
}

/** UTF-8 size without allocating a copy of a file that may be tens of megabytes. */
function utf8Bytes(source: string, stopAbove: number): number {
  let bytes = 0;
  for (let i = 0; i < source.length && bytes <= stopAbove; i++) {
    const code = source.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4; // a surrogate pair is one 4-byte character
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** Checks a whole export file; any problem is reported and nothing is returned. */
export function parseImport(source: string): ImportParse {
  // Cheap test first: a string of N chars is at least N and at most 3N bytes.
  if (
    source.length > MAX_IMPORT_BYTES ||
    (source.length * 3 > MAX_IMPORT_BYTES && utf8Bytes(source, MAX_IMPORT_BYTES) > MAX_IMPORT_BYTES)
  ) {
    return refused({ code: 'tooLarge' });
  }
  let raw: unknown;
  try {
    raw = JSON.parse(source);
  } catch {
    return refused({ code: 'notJson' });
  }
  const file = v.safeParse(fileSchema, raw);
  if (!file.success) {
    const format = (raw as { format?: unknown } | null)?.format;
    return refused(
      format !== EXPORT_FORMAT ? { code: 'notOurs' } : { code: 'invalidFile', detail: describeIssue(file.issues[0]) },
    );
  }
  if (file.output.version > NOTES_SCHEMA_VERSION)
    return refused({ code: 'newerVersion', version: file.output.version });
  if (file.output.version < 1 || !Number.isInteger(file.output.version))
    return refused({ code: 'unknownVersion', version: file.output.version });
  const noteSchema = file.output.version === 1 ? noteSchemaV1 : noteSchemaV2;
  const notes: Note[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < file.output.notes.length; i++) {
    const parsed = v.safeParse(noteSchema, file.output.notes[i]);
    if (!parsed.success) return refused({ code: 'invalidNote', note: i + 1, detail: describeIssue(parsed.issues[0]) });
    if (seen.has(parsed.output.id)) return refused({ code: 'duplicateId', note: i + 1, id: parsed.output.id });
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
