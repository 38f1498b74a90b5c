/**
 * Where the recognizer builder reads the reader's confirmed entities from: the `readerEntities`
 * table of the extension's database (lib/notes/db.ts). One function, so the storage layer can
 * point it at its own accessor; until that table is declared there, the database is opened
 * as it stands on disk (Dexie's dynamic mode) and a database without the table reads as none.
 * Each row is checked: a malformed one is skipped, never the whole list.
 */
import Dexie from 'dexie';
import * as v from 'valibot';
import { ENTITY_TYPES } from '../core/entity-type';
import { DB_NAME } from '../notes/db';
import type { ReaderEntity } from './model';

export const READER_ENTITIES_TABLE = 'readerEntities';

const names = v.array(v.pipe(v.string(), v.maxLength(200)));

const readerEntitySchema = v.object({
  id: v.pipe(v.string(), v.startsWith('user:'), v.maxLength(200)),
  type: v.picklist(ENTITY_TYPES),
  name: v.object({
    hans: v.pipe(v.string(), v.maxLength(200)),
    hant: v.pipe(v.string(), v.maxLength(200)),
    en: v.optional(v.pipe(v.string(), v.maxLength(200))),
  }),
  aliases: names,
  parent: v.nullable(v.string()),
  description: v.string(),
  ambiguousNames: names,
  cues: names,
  createdAt: v.number(),
  updatedAt: v.number(),
});

/** The rows that are reader entities (the rest are dropped). Pure. */
export function validReaderEntities(rows: readonly unknown[]): ReaderEntity[] {
  return rows.flatMap((row) => {
    const parsed = v.safeParse(readerEntitySchema, row);
    return parsed.success ? [parsed.output] : [];
  });
}

export async function loadReaderEntities(): Promise<ReaderEntity[]> {
  if (!(await Dexie.exists(DB_NAME))) return [];
  const db = new Dexie(DB_NAME);
  try {
    await db.open();
    if (!db.tables.some((t) => t.name === READER_ENTITIES_TABLE)) return [];
    return validReaderEntities(await db.table(READER_ENTITIES_TABLE).toArray());
  } finally {
    db.close();
  }
}
