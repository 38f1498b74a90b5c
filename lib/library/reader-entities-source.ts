/**
 * Where the recognizer builder reads the reader's confirmed entities from: the `readerEntities`
 * table of the extension's database. Each row is checked with the backup's own schema: a
 * malformed one is skipped, never the whole list.
 */
import * as v from 'valibot';
import type { TechLensDb } from './db';
import type { ReaderEntity } from './model';
import { readerEntitySchema } from './schema';

/** The rows that are reader entities (the rest are dropped). Pure. */
export function validReaderEntities(rows: readonly unknown[]): ReaderEntity[] {
  return rows.flatMap((row) => {
    const parsed = v.safeParse(readerEntitySchema, row);
    return parsed.success ? [parsed.output] : [];
  });
}

export async function loadReaderEntities(db: TechLensDb): Promise<ReaderEntity[]> {
  return validReaderEntities(await db.readerEntities.toArray());
}
