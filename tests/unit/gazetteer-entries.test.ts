/**
 * The gazetteer's entries as a reader sees them: the popover header's description (one line, a
 * sentence of at most 40 characters), no entry listing a name twice (a script variant or a case
 * variant of one of its own names, which the build already adds), and English names that are also
 * other things (meta-analysis, Claude Shannon, the Gemini exchange) read only in their sense.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { Recognizer } from '../../lib/match/recognizer';
import { resolveMentions } from '../../lib/match/evidence';
import { namesOf, parseGazetteer, type Entity } from '../../lib/corpus/gazetteer';
import { foldText, scriptVariants } from '../../lib/text/convert';
import { CORPUS_DIR, shippedRecognizer } from './shipped-corpus';

let recognizer: Recognizer;
let entities: Entity[];
beforeAll(() => {
  recognizer = shippedRecognizer();
  entities = parseGazetteer(parseYaml(readFileSync(join(CORPUS_DIR, 'entities.yaml'), 'utf8')));
});

function mentions(text: string): string[] {
  const folded = recognizer.fold(text);
  const inRange = recognizer.match(folded);
  return resolveMentions(folded, inRange, recognizer.byId, recognizer.lexicon).map(
    (m) => `${text.slice(m.start, m.end)}|${m.entityId}`,
  );
}

describe('descriptions', () => {
  it('are one sentence of at most 40 characters ending with 。', () => {
    const bad = entities
      .filter(
        (e) =>
          [...e.description].length > 40 || !e.description.endsWith('。') || e.description.slice(0, -1).includes('。'),
      )
      .map((e) => `${e.id}: ${e.description}`);
    expect(bad).toEqual([]);
  });
});

describe('names within one entry', () => {
  it('lists no name that another of its names already gives after script and case folding', () => {
    const repeated: string[] = [];
    for (const entity of entities) {
      const seen = new Map<string, string>();
      for (const name of [
        entity.name.hans,
        entity.name.hant,
        ...(entity.name.en ? [entity.name.en] : []),
        ...entity.aliases,
      ]) {
        // hans and hant are the two forms of one name by design; the rest must each add a form.
        const keys = scriptVariants(name).map(foldText);
        const earlier = keys.map((k) => seen.get(k)).find((n) => n !== undefined && n !== name);
        const isHant = name === entity.name.hant;
        if (earlier && !isHant) repeated.push(`${entity.id}: ${name} repeats ${earlier}`);
        for (const k of keys) if (!seen.has(k)) seen.set(k, name);
      }
    }
    expect(repeated).toEqual([]);
    expect(namesOf(entities.find((e) => e.id === 'elon-musk')!)).toContain('Elon Musk');
  });
});

describe('English names that are also other things', () => {
  it('does not read meta-analysis as Meta', () => {
    expect(mentions('作者汇总了十五项研究做Meta分析，发现两组没有显著差异。')).toEqual([]);
    expect(mentions('这篇meta-analysis纳入了三千多名患者。')).toEqual([]);
    expect(mentions('Meta推出了新的开源模型。')).toEqual(['Meta|meta']);
  });

  it('does not read Claude Shannon as the model', () => {
    expect(mentions('课本里介绍了Claude Shannon在1948年发表的论文。')).toEqual([]);
    expect(mentions('Claude在长文档总结上表现稳定。')).toEqual(['Claude|claude']);
  });

  it('reads Gemini as the model with evidence, not as the crypto exchange', () => {
    expect(mentions('这家交易所Gemini周二宣布暂停部分加密货币提现。')).toEqual([]);
    expect(mentions('Gemini的新版本上线了深度研究功能。')).toEqual(['Gemini|gemini']);
  });
});
