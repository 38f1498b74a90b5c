import { describe, expect, it } from 'vitest';
import { findAliasCollisions, GazetteerError, namesOf, parseGazetteer, type Entity } from '../../lib/corpus/gazetteer';
import { foldText, scriptVariants } from '../../lib/text/convert';

const base = {
  type: 'company',
  description: '测试用公司。',
  aliases: [],
  parent: null,
};

function keysOf(entity: Entity): string[] {
  return namesOf(entity).flatMap((n) => scriptVariants(n).map(foldText));
}

describe('parseGazetteer', () => {
  it('accepts a valid entry and fills defaults', () => {
    const [e] = parseGazetteer([
      { ...base, id: 'bytedance', name: { hans: '字节跳动', hant: '字節跳動', en: 'ByteDance' }, aliases: ['字节'] },
    ]);
    expect(e).toMatchObject({ id: 'bytedance', ambiguous: false, blockers: [], cues: [], aliases: ['字节'] });
  });

  it('reports every problem at once', () => {
    try {
      parseGazetteer([
        { ...base, id: 'Bad Id', name: { hans: 'x' } },
        { ...base, id: 'a', type: 'fruit', name: { hans: '甲', hant: '甲' }, parent: 'missing' },
        { ...base, id: 'a', name: { hans: '乙', hant: '乙' }, description: '' },
      ]);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(GazetteerError);
      const problems = (error as GazetteerError).problems.join('\n');
      expect(problems).toContain('kebab-case');
      expect(problems).toContain('name.hans and name.hant');
      expect(problems).toContain('type must be one of');
      expect(problems).toContain('duplicate id');
      expect(problems).toContain('description is required');
      expect(problems).toContain('parent "missing"');
    }
  });
});

describe('alias collisions', () => {
  const bytedance = { ...base, id: 'bytedance', name: { hans: '字节跳动', hant: '字節跳動' }, aliases: ['字节'] };

  it('fails on a planted collision, across scripts', () => {
    const entities = parseGazetteer([
      bytedance,
      { ...base, id: 'other', name: { hans: '另一家', hant: '另一家' }, aliases: ['字節'] },
    ]);
    const problems = findAliasCollisions(entities, keysOf);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('bytedance and other');
  });

  it('accepts a shared name when both entities are ambiguous with distinct cues', () => {
    const entities = parseGazetteer([
      {
        ...base,
        id: 'pangu-model',
        name: { hans: '盘古大模型', hant: '盤古大模型' },
        aliases: ['盘古'],
        ambiguous: true,
        cues: ['华为', '模型'],
      },
      {
        ...base,
        id: 'pangu-game',
        name: { hans: '盘古游戏', hant: '盤古遊戲' },
        aliases: ['盘古'],
        ambiguous: true,
        cues: ['游戏'],
      },
    ]);
    expect(findAliasCollisions(entities, keysOf)).toEqual([]);
  });

  it('rejects a shared name when the cues cannot tell the entities apart', () => {
    const entities = parseGazetteer([
      {
        ...base,
        id: 'a',
        name: { hans: '甲公司', hant: '甲公司' },
        aliases: ['甲乙'],
        ambiguous: true,
        cues: ['模型'],
      },
      {
        ...base,
        id: 'b',
        name: { hans: '乙公司', hant: '乙公司' },
        aliases: ['甲乙'],
        ambiguous: true,
        cues: ['模型'],
      },
    ]);
    expect(findAliasCollisions(entities, keysOf)).toHaveLength(1);
  });
});
