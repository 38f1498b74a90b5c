/**
 * One backup file for everything the reader made: notes, saved articles, their entities and
 * dismissed names. Versioned JSON; checked whole with valibot before anything is written, then
 * merged in ONE transaction over every table, so a bad file or a failed write changes nothing.
 * The older notes-only export ('techlens-notes', lib/notes/exchange.ts) still imports.
 */
import * as v from 'valibot';
import type { DismissedName, ReaderEntity, SavedArticle } from './model';
import { joinArticle, splitArticle, type TechLensDb } from './db';
import { findDuplicate } from './store';
import { dismissedNameSchema, readerEntitySchema, savedArticleSchema } from './schema';
import type { Note } from '../notes/db';
import {
  EXPORT_FORMAT as NOTES_FORMAT,
  MAX_IMPORT_BYTES,
  describeProblem,
  importNotes,
  parseImport,
  yieldToPage,
  type ImportProblem,
  type ImportResult,
} from '../notes/exchange';
import { noteSchemaV2 } from '../notes/schema';
import { exceedsUtf8Bytes } from '../text/utf8';

export const BACKUP_FORMAT = 'techlens-backup';
export const BACKUP_VERSION = 1;
export { MAX_IMPORT_BYTES as MAX_BACKUP_BYTES };

export interface Backup {
  notes: Note[];
  articles: SavedArticle[];
  readerEntities: ReaderEntity[];
  dismissed: DismissedName[];
}

type Section = keyof Backup;

/** Why a backup was refused: the notes' problems, plus a damaged or repeated record in any section. */
export type BackupProblem =
  | Exclude<ImportProblem, { code: 'invalidNote' } | { code: 'duplicateId' }>
  | { code: 'invalidRecord'; section: Section; index: number; detail: string }
  | { code: 'duplicateRecord'; section: Section; index: number; id: string };

export type BackupParse =
  | { ok: true; backup: Backup; format: typeof BACKUP_FORMAT | typeof NOTES_FORMAT }
  | { ok: false; error: string; problem: BackupProblem };

export function describeBackupProblem(problem: BackupProblem): string {
  switch (problem.code) {
    case 'notOurs':
      return 'this is not a Tech Lens backup or notes export';
    case 'invalidRecord':
      return `${problem.section} ${problem.index}: ${problem.detail}`;
    case 'duplicateRecord':
      return `${problem.section} ${problem.index}: the id ${problem.id} appears twice`;
    default:
      return describeProblem(problem);
  }
}

const refused = (problem: BackupProblem): BackupParse => ({
  ok: false,
  error: describeBackupProblem(problem),
  problem,
});

/** The whole library and every note, read in one transaction (a consistent snapshot). */
export async function readBackup(db: TechLensDb): Promise<Backup> {
  return db.transaction('r', [db.notes, db.articles, db.articleBodies, db.readerEntities, db.dismissed], async () => {
    const [notes, summaries, bodies, readerEntities, dismissed] = await Promise.all([
      db.notes.toArray(),
      db.articles.toArray(),
      db.articleBodies.toArray(),
      db.readerEntities.toArray(),
      db.dismissed.toArray(),
    ]);
    const bodyOf = new Map(bodies.map((body) => [body.id, body]));
    const articles = summaries.flatMap((s) => {
      const body = bodyOf.get(s.id);
      return body ? [joinArticle(s, body)] : [];
    });
    return { notes, articles, readerEntities, dismissed };
  });
}

export function backupJson(backup: Backup, now = new Date()): string {
  return JSON.stringify({ format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: now.toISOString(), ...backup });
}

export async function exportBackup(db: TechLensDb, now = new Date()): Promise<string> {
  return backupJson(await readBackup(db), now);
}

const sectionsSchema = v.object({
  format: v.literal(BACKUP_FORMAT),
  version: v.literal(BACKUP_VERSION),
  notes: v.array(v.unknown()),
  articles: v.array(v.unknown()),
  readerEntities: v.array(v.unknown()),
  dismissed: v.array(v.unknown()),
});

function describeIssue(issue: v.BaseIssue<unknown>): string {
  const path = issue.path?.map((p) => String(p.key)).join('.') ?? '';
  const message = issue.kind === 'schema' && issue.input === undefined ? 'is missing' : issue.message;
  return path ? `${path}: ${message}` : message;
}

/** Checks every record of one section; the first problem refuses the file. */
function checkSection<T>(
  section: Section,
  records: readonly unknown[],
  schema: v.GenericSchema<T>,
  keyOf: (record: T) => string,
): { ok: true; records: T[] } | { ok: false; problem: BackupProblem } {
  const out: T[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < records.length; i++) {
    const parsed = v.safeParse(schema, records[i]);
    if (!parsed.success)
      return {
        ok: false,
        problem: { code: 'invalidRecord', section, index: i + 1, detail: describeIssue(parsed.issues[0]) },
      };
    const key = keyOf(parsed.output);
    if (seen.has(key)) return { ok: false, problem: { code: 'duplicateRecord', section, index: i + 1, id: key } };
    seen.add(key);
    out.push(parsed.output);
  }
  return { ok: true, records: out };
}

/** Checks a whole backup (or an older notes-only export); nothing is returned unless all of it is sound. */
export function parseBackup(source: string): BackupParse {
  if (exceedsUtf8Bytes(source, MAX_IMPORT_BYTES)) return refused({ code: 'tooLarge' });
  let raw: unknown;
  try {
    raw = JSON.parse(source);
  } catch {
    return refused({ code: 'notJson' });
  }
  const format = (raw as { format?: unknown } | null)?.format;
  if (format === NOTES_FORMAT) {
    const notes = parseImport(source);
    if (!notes.ok) return { ok: false, error: notes.error, problem: asBackupProblem(notes.problem) };
    return {
      ok: true,
      format: NOTES_FORMAT,
      backup: { notes: notes.notes, articles: [], readerEntities: [], dismissed: [] },
    };
  }
  if (format !== BACKUP_FORMAT) return refused({ code: 'notOurs' });
  const version = (raw as { version?: unknown }).version;
  if (typeof version === 'number' && version > BACKUP_VERSION) return refused({ code: 'newerVersion', version });
  if (typeof version === 'number' && version !== BACKUP_VERSION) return refused({ code: 'unknownVersion', version });
  const file = v.safeParse(sectionsSchema, raw);
  if (!file.success) return refused({ code: 'invalidFile', detail: describeIssue(file.issues[0]) });
  const notes = checkSection('notes', file.output.notes, noteSchemaV2, (n) => n.id);
  if (!notes.ok) return refused(notes.problem);
  const articles = checkSection('articles', file.output.articles, savedArticleSchema, (a) => a.id);
  if (!articles.ok) return refused(articles.problem);
  const entities = checkSection('readerEntities', file.output.readerEntities, readerEntitySchema, (e) => e.id);
  if (!entities.ok) return refused(entities.problem);
  const dismissed = checkSection('dismissed', file.output.dismissed, dismissedNameSchema, (d) => d.key);
  if (!dismissed.ok) return refused(dismissed.problem);
  return {
    ok: true,
    format: BACKUP_FORMAT,
    backup: {
      notes: notes.records.map(({ conflictOf, ...note }) =>
        conflictOf === undefined ? note : { ...note, conflictOf },
      ),
      articles: articles.records,
      readerEntities: entities.records,
      dismissed: dismissed.records,
    },
  };
}

/** A notes export's problem in the backup's terms (a note is a record of the notes section). */
function asBackupProblem(problem: ImportProblem): BackupProblem {
  if (problem.code === 'invalidNote')
    return { code: 'invalidRecord', section: 'notes', index: problem.note, detail: problem.detail };
  if (problem.code === 'duplicateId')
    return { code: 'duplicateRecord', section: 'notes', index: problem.note, id: problem.id };
  return problem;
}

/** Reads a backup file the reader chose: its size is checked before a byte is read. */
export async function readBackupFile(
  file: Pick<Blob, 'size' | 'text'>,
  pause: () => Promise<void> = yieldToPage,
): Promise<BackupParse> {
  if (file.size > MAX_IMPORT_BYTES) return refused({ code: 'tooLarge' });
  await pause();
  return parseBackup(await file.text());
}

export interface BackupImportResult {
  notes: ImportResult;
  /** Articles added, replaced by a newer processing, unchanged, or skipped as duplicates of another saved article. */
  articles: { added: number; updated: number; unchanged: number; duplicates: number };
  readerEntities: { added: number; updated: number; unchanged: number };
  dismissed: number;
}

/**
 * Merges a checked backup in one transaction over every table: new records are added, newer
 * versions (updatedAt, processedAt) replace older ones, an article whose address or text is
 * already saved under another id is skipped. Any failure rolls everything back.
 */
export async function importBackup(db: TechLensDb, backup: Backup): Promise<BackupImportResult> {
  return db.transaction('rw', [db.notes, db.articles, db.articleBodies, db.readerEntities, db.dismissed], async () => {
    const notes = await importNotes(db, backup.notes);
    const articles = { added: 0, updated: 0, unchanged: 0, duplicates: 0 };
    const existingArticles = await db.articles.bulkGet(backup.articles.map((a) => a.id));
    for (const [i, article] of backup.articles.entries()) {
      const current = existingArticles[i];
      if (current && article.processedAt <= current.processedAt) {
        articles.unchanged++;
        continue;
      }
      if (await findDuplicate(db, article, article.id)) {
        articles.duplicates++;
        continue;
      }
      const { summary, body } = splitArticle(article);
      await db.articles.put(summary);
      await db.articleBodies.put(body);
      articles[current ? 'updated' : 'added']++;
    }
    const readerEntities = { added: 0, updated: 0, unchanged: 0 };
    const existingEntities = await db.readerEntities.bulkGet(backup.readerEntities.map((e) => e.id));
    const entityWrites = backup.readerEntities.filter((entity, i) => {
      const current = existingEntities[i];
      if (current && entity.updatedAt <= current.updatedAt) {
        readerEntities.unchanged++;
        return false;
      }
      readerEntities[current ? 'updated' : 'added']++;
      return true;
    });
    await db.readerEntities.bulkPut(entityWrites);
    await db.dismissed.bulkPut(backup.dismissed);
    return { notes, articles, readerEntities, dismissed: backup.dismissed.length };
  });
}
