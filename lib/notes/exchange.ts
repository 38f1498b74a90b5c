/**
 * Notes in and out: Markdown for reading elsewhere, JSON (versioned) for moving between
 * profiles. An import is checked whole with a valibot schema before anything is written, then
 * merged in one transaction: a bad file changes nothing.
 */
import * as v from 'valibot';
import type { Note } from './db';
import { NOTES_SCHEMA_VERSION, type NotesDb } from './db';
import { noteSchemaV1, noteSchemaV2 } from './schema';
import { exceedsUtf8Bytes } from '../text/utf8';

export { exportMarkdown } from './markdown-export';

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

/** How far an import has got, for a progress line. */
export type ImportProgress =
  | { phase: 'reading' }
  | { phase: 'checking'; done: number; total: number }
  | { phase: 'writing'; done: number; total: number };

/** Notes checked (or written) between two progress reports and yields to the page. */
const SLICE = 2_000;

/** Checks a whole export file; any problem is reported and nothing is returned. */
export function parseImport(source: string): ImportParse {
  const steps = parseSteps(source);
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

/**
 * parseImport in slices of SLICE notes, yielding between them so the panel stays responsive
 * (200,000 notes take seconds to check) and reporting how many are checked.
 */
export async function parseImportInSlices(
  source: string,
  onProgress: (progress: ImportProgress) => void = () => {},
  pause: () => Promise<void> = yieldToPage,
): Promise<ImportParse> {
  const steps = parseSteps(source);
  let step = steps.next();
  while (!step.done) {
    onProgress({ phase: 'checking', ...step.value });
    await pause();
    step = steps.next();
  }
  return step.value;
}

/** Lets the page paint and handle input (a macrotask: microtasks would not). */
export function yieldToPage(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Reads an import file the reader chose: its size is checked before a byte is read (a file over
 * 50 MB is refused at once), then it is checked in slices.
 */
export async function readImportFile(
  file: Pick<Blob, 'size' | 'text'>,
  onProgress: (progress: ImportProgress) => void = () => {},
  pause: () => Promise<void> = yieldToPage,
): Promise<ImportParse> {
  if (file.size > MAX_IMPORT_BYTES) return refused({ code: 'tooLarge' });
  onProgress({ phase: 'reading' });
  await pause();
  return parseImportInSlices(await file.text(), onProgress, pause);
}

/** The checks of parseImport, pausing (yielding how far it got) every SLICE notes. */
function* parseSteps(source: string): Generator<{ done: number; total: number }, ImportParse> {
  // Cheap test first: a string of N chars is at least N and at most 3N bytes.
  if (exceedsUtf8Bytes(source, MAX_IMPORT_BYTES)) return refused({ code: 'tooLarge' });
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
    if (i > 0 && i % SLICE === 0) yield { done: i, total: file.output.notes.length };
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

/**
 * Merges by id in one transaction: new ids are added, newer versions replace older ones. Large
 * imports are written in slices inside that transaction (progress is reported after each); a
 * failure anywhere rolls back every slice.
 */
export async function importNotes(
  db: NotesDb,
  notes: readonly Note[],
  onProgress: (progress: ImportProgress) => void = () => {},
): Promise<ImportResult> {
  return db.transaction('rw', db.notes, async () => {
    const result: ImportResult = { added: 0, updated: 0, unchanged: 0 };
    for (let from = 0; from < notes.length || from === 0; from += SLICE * 5) {
      const slice = notes.slice(from, from + SLICE * 5);
      const existing = await db.notes.bulkGet(slice.map((n) => n.id));
      const writes: Note[] = [];
      slice.forEach((note, i) => {
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
      onProgress({ phase: 'writing', done: Math.min(notes.length, from + slice.length), total: notes.length });
    }
    return result;
  });
}
