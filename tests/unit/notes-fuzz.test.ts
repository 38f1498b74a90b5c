/**
 * Import fuzzing: generated notes, and export files cut short, with fields of the wrong type, a
 * wrong version, a repeated id, or over a size limit. Whatever the file, parsing never throws; a
 * refused file leaves the database exactly as it was; an accepted one round-trips unchanged.
 */
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { NotesDb, NOTES_SCHEMA_VERSION, type Note } from '../../lib/notes/db';
import { exportJson, importNotes, parseImport } from '../../lib/notes/exchange';
import { MAX_TAG_LENGTH, MAX_TAGS } from '../../lib/notes/schema';

const time = fc.integer({ min: 0, max: 4_102_444_800_000 });
const text = (maxLength: number) => fc.string({ unit: 'grapheme', maxLength });

const noteArbitrary: fc.Arbitrary<Note> = fc
  .record({
    id: fc.string({ minLength: 1, maxLength: 40 }),
    url: fc.webUrl(),
    pageTitle: text(60),
    quote: fc.option(
      fc.record({
        exact: text(80),
        prefix: text(32),
        suffix: text(32),
        position: fc.record({ start: fc.nat(5000), end: fc.nat(5000) }),
      }),
      { nil: null },
    ),
    entityIds: fc.array(fc.constantFrom('bytedance', 'doubao', 'openai', 'sora', 'alibaba'), { maxLength: 4 }),
    body: text(300),
    tags: fc.uniqueArray(fc.string({ minLength: 1, maxLength: MAX_TAG_LENGTH }), { maxLength: 5 }),
    createdAt: time,
    updatedAt: time,
    rev: fc.integer({ min: 1, max: 1000 }),
    conflictOf: fc.option(fc.string({ minLength: 1, maxLength: 40 }), { nil: undefined }),
  })
  .map(({ conflictOf, ...note }) => (conflictOf === undefined ? note : { ...note, conflictOf }));

const notesArbitrary = fc.uniqueArray(noteArbitrary, { selector: (n) => n.id, minLength: 1, maxLength: 8 });

/** A value of some JSON type, to put where a field of another type belongs. */
const wrongValue = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.string({ maxLength: 5 }),
  fc.array(fc.integer(), { maxLength: 2 }),
  fc.constant({}),
);

let db: NotesDb;
/** What the database held before the fuzzing: it must hold exactly this after every refusal. */
let before: Note[];
const snapshot = async (target: NotesDb) => (await target.notes.toArray()).sort((x, y) => x.id.localeCompare(y.id));

beforeAll(async () => {
  db = new NotesDb('notes-fuzz');
  await db.notes.bulkPut(
    fc.sample(noteArbitrary, { numRuns: 20, seed: 7 }).map((n, i) => ({ ...n, id: `existing-${i}` })),
  );
  before = await snapshot(db);
});
afterAll(async () => {
  await db.delete();
});

/** Parses a file; a refusal must come with a message, and must leave the database alone. */
async function expectRefused(source: string, code?: string): Promise<void> {
  const parsed = parseImport(source);
  expect(parsed.ok, source.slice(0, 200)).toBe(false);
  if (parsed.ok) return;
  expect(parsed.error.length).toBeGreaterThan(5);
  if (code) expect(parsed.problem.code).toBe(code);
  expect(await snapshot(db)).toEqual(before);
}

/** Whether a generated "wrong" value happens to be one the field accepts (then it is not wrong). */
function fitsField(field: string, value: unknown): boolean {
  switch (field) {
    case 'quote':
      return value === null;
    case 'entityIds':
    case 'tags':
      return Array.isArray(value) && value.length === 0;
    case 'createdAt':
    case 'updatedAt':
    case 'rev':
      return typeof value === 'number' && Number.isInteger(value) && value >= (field === 'rev' ? 1 : 0);
    case 'id':
      return typeof value === 'string' && value.length > 0;
    default:
      return typeof value === 'string';
  }
}

describe('notes import under fuzzing', () => {
  it('round-trips any valid notes through export, parse and import into a fresh database', async () => {
    let round = 0;
    await fc.assert(
      fc.asyncProperty(notesArbitrary, async (notes) => {
        const parsed = parseImport(exportJson(notes));
        expect(parsed.ok).toBe(true);
        if (!parsed.ok) return;
        expect(parsed.notes).toEqual(notes);
        const fresh = new NotesDb(`notes-fuzz-fresh-${round++}`);
        try {
          expect(await importNotes(fresh, parsed.notes)).toEqual({ added: notes.length, updated: 0, unchanged: 0 });
          expect(await snapshot(fresh)).toEqual([...notes].sort((x, y) => x.id.localeCompare(y.id)));
          // Importing the same file again changes nothing.
          expect(await importNotes(fresh, parsed.notes)).toEqual({ added: 0, updated: 0, unchanged: notes.length });
        } finally {
          await fresh.delete();
        }
      }),
      { numRuns: 60 },
    );
  });

  it('refuses every truncation of an export', async () => {
    await fc.assert(
      fc.asyncProperty(
        notesArbitrary,
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        async (notes, share) => {
          const file = exportJson(notes);
          await expectRefused(file.slice(0, Math.floor(file.length * share)), 'notJson');
        },
      ),
      { numRuns: 100 },
    );
  });

  it('refuses a note with any field of the wrong type, naming the note and the field', async () => {
    const fields = [
      'id',
      'url',
      'pageTitle',
      'quote',
      'entityIds',
      'body',
      'tags',
      'createdAt',
      'updatedAt',
      'rev',
    ] as const;
    await fc.assert(
      fc.asyncProperty(
        notesArbitrary,
        fc.nat(),
        fc.constantFrom(...fields),
        wrongValue,
        async (notes, which, field, value) => {
          const index = which % notes.length;
          fc.pre(!fitsField(field, value));
          const file = JSON.parse(exportJson(notes)) as { notes: Array<Record<string, unknown>> };
          file.notes[index]![field] = value;
          const parsed = parseImport(JSON.stringify(file));
          expect(parsed.ok).toBe(false);
          if (parsed.ok) return;
          expect(parsed.problem).toMatchObject({ code: 'invalidNote', note: index + 1 });
          expect(parsed.error).toContain(field);
          expect(await snapshot(db)).toEqual(before);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('refuses another format, a newer or impossible version, a repeated id, and over-long fields', async () => {
    const notes = fc.sample(notesArbitrary, { numRuns: 1, seed: 3 })[0]!;
    const file = () =>
      JSON.parse(exportJson(notes)) as { format: unknown; version: unknown; notes: Array<Record<string, unknown>> };
    const edit = (change: (f: ReturnType<typeof file>) => void) => {
      const f = file();
      change(f);
      return JSON.stringify(f);
    };
    await expectRefused(
      edit((f) => (f.format = 'hypothesis')),
      'notOurs',
    );
    await expectRefused(JSON.stringify(notes), 'notOurs');
    await expectRefused('null', 'notOurs');
    await expectRefused(
      edit((f) => (f.version = NOTES_SCHEMA_VERSION + 1)),
      'newerVersion',
    );
    await expectRefused(
      edit((f) => (f.version = 0)),
      'unknownVersion',
    );
    await expectRefused(
      edit((f) => (f.version = 1.5)),
      'unknownVersion',
    );
    await expectRefused(
      edit((f) => (f.version = '2')),
      'invalidFile',
    );
    await expectRefused(
      edit((f) => (f.notes = {} as never)),
      'invalidFile',
    );
    await expectRefused(
      edit((f) => f.notes.push({ ...f.notes[0]! })),
      'duplicateId',
    );
    await expectRefused(
      edit((f) => (f.notes[0]!.tags = Array.from({ length: MAX_TAGS + 1 }, (_, i) => `t${i}`))),
      'invalidNote',
    );
    await expectRefused(
      edit((f) => (f.notes[0]!.tags = ['x'.repeat(MAX_TAG_LENGTH + 1)])),
      'invalidNote',
    );
    await expectRefused(
      edit((f) => (f.notes[0]!.body = 'x'.repeat(200_001))),
      'invalidNote',
    );
    await expectRefused(
      edit((f) => (f.notes[0]!.id = '')),
      'invalidNote',
    );
  });

  it('never throws on arbitrary text or arbitrary JSON, and changes nothing when it refuses', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), fc.json({ maxDepth: 4 })),
        async (source) => {
          const parsed = parseImport(source);
          if (!parsed.ok) expect(await snapshot(db)).toEqual(before);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never throws on an export with random characters changed, and whatever it accepts is a valid export', async () => {
    await fc.assert(
      fc.asyncProperty(
        notesArbitrary,
        fc.array(fc.tuple(fc.nat(), fc.constantFrom('"', '{', '}', ',', ':', '0', 'x', '\\', ' ', ']')), {
          minLength: 1,
          maxLength: 3,
        }),
        async (notes, edits) => {
          const chars = [...exportJson(notes)];
          for (const [at, ch] of edits) chars[at % chars.length] = ch;
          const parsed = parseImport(chars.join(''));
          if (parsed.ok) expect(parseImport(exportJson(parsed.notes))).toEqual(parsed);
          else expect(await snapshot(db)).toEqual(before);
        },
      ),
      { numRuns: 200 },
    );
  });
});
