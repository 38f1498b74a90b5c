/**
 * Senses decided where the mention is, with the shipped recognizer: sentence, then paragraph,
 * then (the caller's) page; negative cues; titles; versions and families; the disambiguation
 * set's figures; the gazetteer's checks of the new fields.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import type { Recognizer } from '../../lib/match/recognizer';
import { resolveMentions } from '../../lib/match/evidence';
import { pageMentions, type PageBlock } from '../../lib/match/page-mentions';
import { addPage, emptyScore, goldOf, parseEvalSet, precision, recall } from '../../lib/evaluation/recognition';
import { annotatableMentions, parseEntityList } from '../../lib/evaluation/annotatable';
import { expandCues, GazetteerError, parseGazetteer, parseSenseFamilies } from '../../lib/corpus/gazetteer';
import { collectTextBlocks } from '../../lib/page/text-blocks';
import { pageEvidenceReaches, sectionOf } from '../../lib/page/section';
import { toTraditional } from '../../lib/text/convert';
import { shippedRecognizer } from './shipped-corpus';

let recognizer: Recognizer;
beforeAll(() => {
  recognizer = shippedRecognizer();
});

function mentions(text: string): string[] {
  const folded = recognizer.fold(text);
  const inRange = recognizer.match(folded);
  return resolveMentions(folded, inRange, recognizer.byId, recognizer.lexicon).map(
    (m) => `${text.slice(m.start, m.end)}|${m.entityId}`,
  );
}

describe('evidence where the mention is', () => {
  it('lets a negative cue in the sentence outweigh a page full of tech names', () => {
    expect(mentions('字节跳动和阿里巴巴都发布了新模型。早餐吃了两个豆包。')).toEqual([
      '字节跳动|bytedance',
      '阿里巴巴|alibaba',
    ]);
    expect(mentions('字节跳动和阿里巴巴都发布了新模型。豆包的用户还在增长。')).toEqual([
      '字节跳动|bytedance',
      '阿里巴巴|alibaba',
      '豆包|doubao',
    ]);
  });

  it('decides by the paragraph when the sentence is silent: one sense per paragraph', () => {
    // 豆包 in the second sentence has no cue of its own; its paragraph is about breakfast.
    expect(mentions('腾讯和百度都在做大模型。\n早餐店的面粉涨价了。豆包卖得很快。')).toEqual([
      '腾讯|tencent',
      '百度|baidu',
    ]);
    expect(mentions('腾讯和百度都在做大模型。\n这款AI助手更新了。豆包卖得很快。')).toEqual([
      '腾讯|tencent',
      '百度|baidu',
      '豆包|doubao',
    ]);
  });

  it('reads a name inside 《》 as the title of a work', () => {
    expect(mentions('腾讯和百度都在做大模型。这张专辑叫《夸克》。')).toEqual(['腾讯|tencent', '百度|baidu']);
  });

  it('counts another entity named in the same sentence as evidence', () => {
    expect(mentions('荣耀和OPPO都在海外发力。')).toEqual(['荣耀|honor', 'OPPO|oppo']);
  });

  it('reads a transliterated name with any of the middle dots pages use', () => {
    expect(mentions('山姆‧阿特曼、山姆・奥特曼與山姆·奧特曼是同一人。')).toEqual([
      '山姆‧阿特曼|sam-altman',
      '山姆・奥特曼|sam-altman',
      '山姆·奧特曼|sam-altman',
    ]);
  });

  it('marks a long product form without evidence: 豆包App is never a bun', () => {
    expect(mentions('豆包App的下载量第一。')).toEqual(['豆包App|doubao']);
  });
});

describe('versions', () => {
  it('does not read a longer version as the shorter one', () => {
    expect(mentions('GPT-4.5发布了。')).toEqual([]);
    expect(mentions('GPT-4发布了。')).toEqual(['GPT-4|gpt-4']);
  });

  it('maps a version the gazetteer does not list to the family it names, suffix included', () => {
    expect(mentions('Qwen3-235B和Qwen2.5-Max都来自阿里。')).toEqual([
      'Qwen3-235B|tongyi-qianwen',
      'Qwen2.5-Max|tongyi-qianwen',
      '阿里|alibaba',
    ]);
    expect(mentions('通义千问2.5和通义千问2不是一回事。')).toEqual(['通义千问2.5|tongyi-qianwen', '通义千问2|qwen2']);
  });
});

describe('the gazetteer checks the new fields', () => {
  const base = {
    id: 'x',
    type: 'product',
    name: { hans: '豆包', hant: '豆包' },
    description: 'd',
    aliases: ['豆包App'],
  };

  it('accepts a list of ambiguous names, and rejects one that is not a name of the entity', () => {
    expect(parseGazetteer([{ ...base, ambiguous: ['豆包'], cues: ['AI'] }])[0]!.ambiguousNames).toEqual(['豆包']);
    expect(() => parseGazetteer([{ ...base, ambiguous: ['包子'], cues: ['AI'] }])).toThrow(/not one of its names/);
  });

  it('needs cues for ambiguous names and refuses negative cues on an unambiguous entity', () => {
    expect(() => parseGazetteer([{ ...base, ambiguous: true }])).toThrow(/need cues/);
    expect(() => parseGazetteer([{ ...base, against: ['早餐'] }])).toThrow(/only for ambiguous/);
  });

  it('takes pageEvidence: false only on an ambiguous entity', () => {
    expect(parseGazetteer([{ ...base, ambiguous: true, cues: ['AI'], pageEvidence: false }])[0]!.pageEvidence).toBe(
      false,
    );
    expect(parseGazetteer([{ ...base, ambiguous: true, cues: ['AI'] }])[0]!.pageEvidence).toBe(true);
    expect(() => parseGazetteer([{ ...base, pageEvidence: false }])).toThrow(/pageEvidence is only for ambiguous/);
    expect(() => parseGazetteer([{ ...base, ambiguous: true, cues: ['AI'], pageEvidence: true }])).toThrow(
      /pageEvidence is false or absent/,
    );
  });

  it('expands @family references and refuses an unknown family', () => {
    const families = parseSenseFamilies({ food: ['早餐', '蒸笼'] });
    expect(expandCues(['@food', '馅'], families, 'x')).toEqual(['早餐', '蒸笼', '馅']);
    expect(() => expandCues(['@fod'], families, 'x: against')).toThrow(GazetteerError);
    expect(() => parseSenseFamilies({ Food: ['早餐'] })).toThrow(/kebab-case/);
  });
});

describe('names whose everyday word is a word of tech prose (pageEvidence: false)', () => {
  const onPage = (text: string) =>
    pageMentions(recognizer, [
      { text: '华为和小米都发布了新的大模型。', pageEvidence: true },
      { text, pageEvidence: true },
    ])[1]!.map((m) => `${text.slice(m.start, m.end)}|${m.entityId}`);

  it('a page about tech does not make 理想 or 联想 a company; their sentence does', () => {
    expect(onPage('两家公司的进展都还不够理想。')).toEqual([]);
    expect(onPage('这种设计容易让用户产生错误的联想。')).toEqual([]);
    expect(onPage('理想的新车本月开始交付。')).toEqual(['理想|li-auto']);
    expect(onPage('联想的个人电脑出货量回到第一。')).toEqual(['联想|lenovo']);
  });

  it('other ambiguous names are still confirmed by the page', () => {
    expect(onPage('豆包又更新了。')).toEqual(['豆包|doubao']);
  });
});

describe('the disambiguation sets', () => {
  it('parses inline gold and refuses unbalanced brackets', () => {
    const pages = parseEvalSet('## c\n[豆包|doubao]上线了。\n=== page\nmain|a\naside|早餐吃豆包\n');
    expect(pages.map((p) => [p.category, p.blocks.map((b) => b.kind)])).toEqual([
      ['c', ['main']],
      ['c', ['main', 'aside']],
    ]);
    expect(goldOf('[豆包|doubao]上线了。', toTraditional)).toEqual({
      text: '豆包上線了。',
      gold: [{ start: 0, end: 2, entityId: 'doubao' }],
    });
    expect(() => parseEvalSet('[豆包|doubao上线了。')).toThrow(/unbalanced/);
    expect(() => parseEvalSet('=== page\nmaybe|x\n')).toThrow(/starts with one of/);
  });

  it('scores the development set at 0.98 or better in both scripts (held-out: reported, npm run recognize -- --eval)', () => {
    const pages = parseEvalSet(readFileSync(join(__dirname, '../fixtures/senses/dev.txt'), 'utf8'));
    // Judged on the entities the set was written against, as `recognize --eval` judges it.
    const listFile = join(__dirname, '../claims-eval/annotated-entities.txt');
    const listed = parseEntityList(readFileSync(listFile, 'utf8'), listFile, new Set(recognizer.byId.keys()));
    const score = emptyScore();
    for (const page of pages) {
      for (const render of [(t: string) => t, toTraditional]) {
        const gold = page.blocks.map((b) => goldOf(b.source, render));
        const window = new Window();
        window.document.body.innerHTML = page.blocks
          .map((b, i) =>
            `<${b.kind === 'main' ? 'article' : 'aside'}><p></p></${b.kind === 'main' ? 'article' : 'aside'}>`.replace(
              '<p></p>',
              `<p>${gold[i]!.text}</p>`,
            ),
          )
          .join('');
        const blocks: PageBlock[] = collectTextBlocks(window.document as unknown as Document, {
          isHidden: () => false,
        }).blocks.map((b) => ({ text: b.text, pageEvidence: pageEvidenceReaches(sectionOf(b.nodes[0]!)) }));
        void window.happyDOM.close();
        addPage(
          score,
          gold.map((g) => g.gold),
          annotatableMentions(pageMentions(recognizer, blocks), listed),
        );
      }
    }
    expect(precision(score)).toBeGreaterThanOrEqual(0.98);
    expect(recall(score)).toBeGreaterThanOrEqual(0.98);
  });
});
