// The popover card renders every piece of data as text: a claim, a name or a description that
// contains markup shows the markup as characters and creates no element.
import { describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import { renderCard } from '../../lib/ui/card-view';
import { translator } from '../../lib/ui/strings';
import type { EntityCard } from '../../lib/corpus/card';

const payload = '<img src=x onerror=alert(1)>';

function card(): EntityCard {
  return {
    id: 'evil',
    type: 'company',
    name: `恶意${payload}公司`,
    englishName: `<b>bold</b>`,
    aliases: [`<script>alert(2)</script>`],
    description: `描述里有 ${payload}`,
    parent: { id: 'parent', name: `<a href="javascript:alert(3)">母公司</a>` },
    mentionCount: 2,
    articleCount: 1,
    claims: [
      {
        id: 'c1',
        kind: 'funding',
        text: `某公司完成30亿元融资 ${payload}`,
        role: 'agent',
        modality: 'reported',
        attribution: `知情人士 ${payload}`,
        figures: [
          {
            text: '30亿元',
            start: 0,
            end: 0,
            value: 3e9,
            min: 3e9,
            max: 3e9,
            unit: 'CNY',
            approx: false,
            kind: 'money',
          },
        ],
        dates: [],
        articleCount: 2,
        contradicts: [],
        sources: [{ articleId: 'a', title: `标题 ${payload}`, titleDerived: true, site: null, date: '2024-03' }],
      },
    ],
    bestMention: null,
    related: [{ id: 'r', name: `<svg onload=alert(4)>` }],
  };
}

describe('renderCard', () => {
  it('sets data as text, never as markup', () => {
    const window = new Window();
    const document = window.document as unknown as Document;
    (globalThis as { document?: Document }).document = document;
    const container = document.createElement('div');
    renderCard(container, card(), translator('zh_CN'), {
      openEntity: () => {},
      openPanel: () => {},
      addNote: () => {},
      close: () => {},
    });
    expect(container.querySelectorAll('img, script, svg, a, b').length).toBe(0);
    expect(container.textContent).toContain(payload);
    expect(container.textContent).toContain('<script>alert(2)</script>');
    // The figure is set apart, and the markup around it is still text.
    expect(container.querySelector('.figure')?.textContent).toBe('30亿元');
    expect(container.querySelector('.backing')?.textContent).toBe('2 篇文章提及');
    delete (globalThis as { document?: Document }).document;
  });

  it('shows the modality tag, the resolved date, who says so and the source with its site', () => {
    const window = new Window();
    const document = window.document as unknown as Document;
    (globalThis as { document?: Document }).document = document;
    const container = document.createElement('div');
    const withDate = card();
    const claim = withDate.claims[0]!;
    claim.text = '字节跳动于去年11月18日推出了PixelDance';
    claim.attribution = '知情人士';
    claim.dates = [{ text: '去年11月18日', start: 5, end: 13, iso: '2023-11-18', precision: 'day', relative: true }];
    claim.sources = [{ articleId: 'a', title: '标题', titleDerived: true, site: '某站', date: '2024-03' }];
    renderCard(container, withDate, translator('zh_CN'), { openEntity: () => {}, addNote: () => {}, close: () => {} });
    expect(container.querySelector('.modality')?.textContent).toBe('报道');
    expect(container.querySelector('.claim-date')?.textContent).toBe('去年11月18日 → 2023-11-18');
    expect(container.querySelector('.attribution')?.textContent).toBe('据知情人士');
    expect(container.querySelector('.source')?.textContent).toBe('标题 · 某站 · 2024-03 (标题为编辑所拟)');
    delete (globalThis as { document?: Document }).document;
  });

  it('shows a card with no claim worth showing as its description and how many articles mention it, with the best sentence', () => {
    const window = new Window();
    const document = window.document as unknown as Document;
    (globalThis as { document?: Document }).document = document;
    const container = document.createElement('div');
    const quiet: EntityCard = {
      ...card(),
      description: '一家做视频模型的初创公司',
      articleCount: 3,
      claims: [],
      bestMention: {
        text: '星图与蓝鲸云都在这一赛道上投入了大量算力。',
        source: { articleId: 'a', title: '标题', titleDerived: false, site: '某站', date: '2024-03' },
      },
    };
    renderCard(container, quiet, translator('zh_CN'), { openEntity: () => {}, addNote: () => {}, close: () => {} });
    expect(container.querySelector('.description')?.textContent).toBe('一家做视频模型的初创公司');
    expect(container.querySelector('.best-lead')?.textContent).toBe('在 3 篇文章中提及，例如：');
    expect(container.querySelector('.best-text')?.textContent).toBe('星图与蓝鲸云都在这一赛道上投入了大量算力。');
    expect(container.querySelector('.best-mention .claim-meta')?.textContent).toBe('标题 · 某站 · 2024-03');
    expect(container.querySelector('.empty')).toBeNull();
    expect(container.querySelectorAll('.claim').length).toBe(0);
    delete (globalThis as { document?: Document }).document;
  });

  it('shows a quarter beside what it resolves to, highlights every kind of figure, and orders a quarter by its first month', () => {
    const window = new Window();
    const document = window.document as unknown as Document;
    (globalThis as { document?: Document }).document = document;
    const container = document.createElement('div');
    const quarterly = card();
    const first = quarterly.claims[0]!;
    first.text = '星河科技今年第二季度营收增长两倍，日前公布';
    first.figures = [
      { text: '两倍', start: 12, end: 14, value: 2, min: 2, max: 2, unit: 'times', approx: false, kind: 'ratio' },
    ];
    first.dates = [
      { text: '今年第二季度', start: 4, end: 10, iso: '2024-Q2', precision: 'quarter', relative: true },
      { text: '日前', start: 15, end: 17, iso: '', precision: 'period', relative: true },
    ];
    const later = {
      ...first,
      id: 'c2',
      text: '星河科技5月8日发布新机，续航48小时',
      figures: [
        {
          text: '48小时',
          start: 15,
          end: 20,
          value: 48,
          min: 48,
          max: 48,
          unit: 'hours' as const,
          approx: false,
          kind: 'measure' as const,
        },
      ],
      dates: [{ text: '5月8日', start: 4, end: 8, iso: '2024-05-08', precision: 'day' as const, relative: true }],
    };
    quarterly.claims.push(later);
    renderCard(
      container,
      quarterly,
      translator('zh_CN'),
      { openEntity: () => {}, addNote: () => {}, close: () => {} },
      { groupByKind: true },
    );
    const items = [...container.querySelectorAll('.claim-text')].map((p) => p.textContent);
    // May 8 is later than the quarter's start (April): newest first.
    expect(items).toEqual([later.text, first.text]);
    expect([...container.querySelectorAll('strong.figure')].map((f) => f.textContent)).toEqual(['48小时', '两倍']);
    // An unresolved date (日前) is already in the claim's text: it is not repeated.
    expect([...container.querySelectorAll('.claim-date')].map((d) => d.textContent)).toEqual([
      '5月8日 → 2024-05-08',
      '今年第二季度 → 2024-Q2',
    ]);
    delete (globalThis as { document?: Document }).document;
  });
});
