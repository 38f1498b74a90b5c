import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  annotatableClaims,
  annotatableMentions,
  EntityListError,
  parseEntityList,
} from '../../lib/evaluation/annotatable';
import { evaluate, type ExtractedClaim } from '../../lib/evaluation/eval';
import { parseGoldFile } from '../../lib/evaluation/gold';
import { addPage, declaredEntityList, emptyScore, parseEvalSet } from '../../lib/evaluation/recognition';
import { shippedCorpus } from './shipped-corpus';

// A set written when the gazetteer knew 微软 and OpenAI but not 比亚迪 (byd).
const KNOWN = new Set(['microsoft', 'openai']);
const GAZETTEER = new Set([...KNOWN, 'byd']);
const PARAGRAPHS = ['微软与比亚迪向OpenAI注资10亿美元。比亚迪发布新车。'];

const claim = (partial: Partial<ExtractedClaim>): ExtractedClaim => ({
  id: 'c',
  text: '',
  kind: 'funding',
  modality: 'fact',
  attribution: { kind: 'article', entityId: null },
  entities: new Map(),
  figures: [],
  dates: [],
  sources: [{ articleId: 'a1', paragraph: 0, start: 0, end: 20 }],
  ...partial,
});

describe('entity lists', () => {
  it('reads one id a line with comments, and refuses ids the gazetteer lacks, malformed ids and an empty list', () => {
    expect(parseEntityList('# what this is\nmicrosoft\n\nopenai\n', 'l.txt', GAZETTEER)).toEqual(KNOWN);
    expect(() => parseEntityList('microsoft\nopen-ai\n', 'l.txt', GAZETTEER)).toThrow(
      /l\.txt:2: "open-ai" is not in the gazetteer/,
    );
    expect(() => parseEntityList('Microsoft Corp\n', 'l.txt', GAZETTEER)).toThrow(EntityListError);
    expect(() => parseEntityList('# nothing\n', 'l.txt', GAZETTEER)).toThrow(/lists no entity/);
  });

  it('the recorded list names 156 entities, every one still in the shipped gazetteer', () => {
    const file = join(__dirname, '../claims-eval/annotated-entities.txt');
    const gazetteer = new Set(shippedCorpus().corpus.entities.map((e) => e.id));
    expect(parseEntityList(readFileSync(file, 'utf8'), file, gazetteer).size).toBe(156);
  });
});

describe('claims judged on the entities a set could name', () => {
  it('drops an entity outside the list from a claim, and its speaker to an unnamed one of the same kind', () => {
    const [kept] = annotatableClaims(
      [
        claim({
          entities: new Map([
            ['byd', 'agent'],
            ['microsoft', 'agent'],
            ['openai', 'object'],
          ]),
          attribution: { kind: 'organization', entityId: 'byd' },
        }),
      ],
      KNOWN,
    );
    expect([...kept!.entities]).toEqual([
      ['microsoft', 'agent'],
      ['openai', 'object'],
    ]);
    expect(kept!.attribution).toEqual({ kind: 'organization', entityId: null });
  });

  it('an entity outside the list stands for its nearest listed owner, which never loses a stronger role', () => {
    // wang-chuanfu (outside) → byd (outside) → no owner in the list; jensen-huang → nvidia (listed).
    const parents: Record<string, string | null> = { 'jensen-huang': 'nvidia', 'wang-chuanfu': 'byd', byd: null };
    const ids = new Set(['nvidia', 'microsoft']);
    const judged = (entities: Array<[string, string]>) =>
      annotatableClaims([claim({ entities: new Map(entities) })], ids, (id) => parents[id] ?? null).flatMap((c) => [
        ...c.entities,
      ]);
    expect(
      judged([
        ['jensen-huang', 'agent'],
        ['nvidia', 'mentioned'],
      ]),
    ).toEqual([['nvidia', 'agent']]);
    expect(judged([['jensen-huang', 'agent']])).toEqual([['nvidia', 'agent']]);
    expect(
      judged([
        ['jensen-huang', 'mentioned'],
        ['nvidia', 'object'],
      ]),
    ).toEqual([['nvidia', 'object']]);
    expect(
      judged([
        ['wang-chuanfu', 'agent'],
        ['microsoft', 'object'],
      ]),
    ).toEqual([['microsoft', 'object']]);
    expect(judged([['wang-chuanfu', 'agent']])).toEqual([]);
  });

  it('a claim left with no entity is no claim for the set; one that named none is left as it was', () => {
    const onlyNew = claim({ id: 'new', entities: new Map([['byd', 'agent']]) });
    const none = claim({ id: 'none' });
    const within = claim({ id: 'within', entities: new Map([['openai', 'object']]) });
    const out = annotatableClaims([onlyNew, none, within], KNOWN);
    expect(out.map((c) => c.id)).toEqual(['none', 'within']);
    expect(out[0]).toBe(none);
    expect(out[1]).toBe(within);
  });

  it('scores a claim naming a new entity as the editor annotated it, and a claim only about it as nothing', () => {
    const gold = parseGoldFile(
      `article: a1
claims:
  - paragraph: 0
    text: 微软与比亚迪向OpenAI注资10亿美元
    entities: { microsoft: agent, openai: object }
    kind: funding
    modality: fact
    attribution: { kind: article }
`,
      'gold/a1.yaml',
      () => PARAGRAPHS,
      KNOWN,
    );
    const claims = [
      claim({
        id: 'funding',
        entities: new Map([
          ['microsoft', 'agent'],
          ['byd', 'agent'],
          ['openai', 'object'],
        ]),
      }),
      claim({
        id: 'launch',
        kind: 'launch',
        entities: new Map([['byd', 'agent']]),
        sources: [{ articleId: 'a1', paragraph: 0, start: 20, end: 26 }],
      }),
    ];
    const cards = new Map([['byd', ['launch', 'funding']]]);
    const raw = evaluate(gold, claims, cards);
    expect([raw.precision, raw.recall]).toEqual([
      { hit: 0, total: 2 },
      { hit: 0, total: 1 },
    ]);
    const judged = evaluate(gold, annotatableClaims(claims, KNOWN), new Map());
    expect([judged.precision, judged.recall]).toEqual([
      { hit: 1, total: 1 },
      { hit: 1, total: 1 },
    ]);
  });
});

describe('marks judged on the entities a set could name', () => {
  it('a mark of an entity outside the list is neither right nor wrong', () => {
    const gold = [[{ start: 0, end: 2, entityId: 'microsoft' }]];
    const found = [
      [
        { start: 0, end: 2, entityId: 'microsoft' },
        { start: 3, end: 6, entityId: 'byd' },
      ],
    ];
    const raw = emptyScore();
    addPage(raw, gold, found);
    expect(raw).toMatchObject({ found: 2, correct: 1, pagesWithFalseMarks: 1 });
    const judged = emptyScore();
    addPage(judged, gold, annotatableMentions(found, KNOWN));
    expect(judged).toMatchObject({ gold: 1, found: 1, correct: 1, pagesWithFalseMarks: 0 });
  });

  it('a wrong mark of a listed entity still counts against the recognizer', () => {
    const judged = emptyScore();
    addPage(judged, [[]], annotatableMentions([[{ start: 0, end: 2, entityId: 'openai' }]], KNOWN));
    expect(judged).toMatchObject({ found: 1, correct: 0, pagesWithFalseMarks: 1 });
  });

  it('a set declares its list with one @entities line, which is not a page', () => {
    const source = '# a set\n@entities tests/x.txt\n## sense\n[微软|microsoft]发布财报。\n';
    expect(declaredEntityList(source)).toBe('tests/x.txt');
    expect(declaredEntityList('## sense\n微软。\n')).toBeNull();
    expect(parseEvalSet(source)).toHaveLength(1);
    expect(() => declaredEntityList('@entities a.txt\n@entities all\n')).toThrow(/more than one @entities/);
  });
});
