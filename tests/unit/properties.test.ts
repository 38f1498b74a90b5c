/**
 * Properties that must hold for any input, checked with fast-check on generated text, names and
 * DOM trees. Each failure prints the smallest input that breaks it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Window } from 'happy-dom';
import { parse as parseYaml } from 'yaml';
import { readCorpusSources } from '../../lib/corpus/load';
import { namesOf, parseGazetteer } from '../../lib/corpus/gazetteer';
import { foldText, toSimplified, toTraditionalChars } from '../../lib/text/convert';
import { foldPairs } from '../../lib/text/fold-table';
import type { Recognizer } from '../../lib/match/recognizer';
import { CORPUS_DIR, shippedCorpus, shippedRecognizer } from './shipped-corpus';
import { losesToSegmentation } from '../../lib/match/segment';
import { toTraditional } from '../../lib/text/convert';
import { Automaton, buildAutomaton } from '../../lib/match/automaton';
import { atWordBoundary } from '../../lib/text/word-boundary';
import { collectTextBlocks, isInline, locate } from '../../lib/page/text-blocks';
import { anchorQuote } from '../../lib/notes/anchor';
import { normalizeUrl } from '../../lib/notes/url';

let recognizer: Recognizer;
/** Every name and alias in the gazetteer, in the form the editor wrote it. */
let names: string[];
/** Characters of the corpus's own articles: realistic Chinese for generated text. */
let corpusChars: string[];

beforeAll(() => {
  const sources = readCorpusSources(CORPUS_DIR);
  recognizer = shippedRecognizer();
  names = parseGazetteer(parseYaml(sources.entitiesYaml)).flatMap(namesOf);
  corpusChars = [
    ...new Set([...sources.articles.map((a) => a.source).join('')].filter((c) => /\p{Script=Han}/u.test(c))),
  ];
});

/** Text made of gazetteer names, corpus characters, Latin and punctuation, so names occur often. */
const pageText = () =>
  fc
    .array(
      fc.oneof(
        { weight: 3, arbitrary: fc.constantFrom(...names) },
        { weight: 4, arbitrary: fc.constantFrom(...corpusChars) },
        { weight: 1, arbitrary: fc.constantFrom(' ', '，', '。', 'a', 'AI', '-', '2025', '（', '）') },
      ),
      { maxLength: 60 },
    )
    .map((parts) => parts.join(''));

describe('fold', () => {
  it('never throws, keeps the length and is idempotent, on any UTF-16 string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        const once = foldText(text);
        expect(once.length).toBe(text.length);
        expect(foldText(once)).toBe(once);
      }),
      { numRuns: 500 },
    );
  });

  it('is idempotent on every character the fold table knows', () => {
    const codes = foldPairs();
    const broken = codes.map((c) => String.fromCharCode(c)).filter((ch) => foldText(foldText(ch)) !== foldText(ch));
    expect(broken).toEqual([]);
  });

  it('folds a Traditional text and its Simplified source to the same string', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...corpusChars), { maxLength: 80 }), (chars) => {
        // Characters opencc leaves alone on their own (it turns a lone 么 into 幺, unlike 什么).
        const simplified = chars.filter((c) => toSimplified(c) === c).join('');
        expect(foldText(simplified)).toBe(simplified);
        expect(foldText(toTraditionalChars(simplified))).toBe(simplified);
      }),
      { numRuns: 300 },
    );
  });
});

describe('automaton', () => {
  /** Brute force: at each position the longest key on word boundaries, then skip past it. */
  function reference(keys: readonly string[], text: string): Array<[number, number]> {
    const out: Array<[number, number]> = [];
    let at = 0;
    while (at < text.length) {
      let best = -1;
      for (const key of keys) {
        const end = at + key.length;
        if (key.length && text.startsWith(key, at) && atWordBoundary(text, at, end) && end > best) best = end;
      }
      if (best > at) {
        out.push([at, best]);
        at = best;
      } else at++;
    }
    return out;
  }

  it('finds exactly the leftmost-longest keys a brute-force search finds', () => {
    const letter = fc.constantFrom('字', '节', '跳', '动', '云', 'a', 'i', '4', ' ', '-');
    const word = fc.array(letter, { minLength: 1, maxLength: 5 }).map((l) => l.join(''));
    fc.assert(
      fc.property(
        fc.uniqueArray(word, { minLength: 1, maxLength: 10 }),
        fc.array(letter, { maxLength: 100 }),
        (keys, letters) => {
          const text = letters.join('');
          const automaton = new Automaton(buildAutomaton(keys.map((key, value) => ({ key, value }))));
          const found = automaton.findAll(text);
          expect(found.map((m) => [m.start, m.end])).toEqual(reference(keys, text));
          for (const m of found) expect(text.slice(m.start, m.end)).toBe(keys[m.value]);
        },
      ),
      { numRuns: 500 },
    );
  });

  // Wide nodes (more children than the linear-scan limit) are hashed at load time: thousands of
  // children at the root, under a shared first character and two levels down, with Latin and
  // CJK characters mixed so the hash sees both consecutive and scattered codes.
  it('finds the same matches as brute force when nodes have thousands of children', () => {
    const pool = [
      ...Array.from({ length: 2500 }, (_, i) => String.fromCharCode(0x4e00 + i * 7)),
      ...'abcdefghijklmnopqrstuvwxyz0123456789 -',
    ];
    const letter = fc.constantFrom(...pool);
    const shared = fc.constantFrom('字', '节', 'a');
    const key = fc.oneof(
      fc.tuple(shared, letter).map((parts) => parts.join('')),
      fc.tuple(shared, shared, letter, fc.option(letter, { nil: '' })).map((parts) => parts.join('')),
      fc.array(letter, { minLength: 1, maxLength: 3 }).map((l) => l.join('')),
    );
    const textPart = fc.oneof(letter, shared, key);
    fc.assert(
      fc.property(
        fc.uniqueArray(key, { minLength: 500, maxLength: 4000 }),
        fc.array(textPart, { maxLength: 60 }),
        (keys, parts) => {
          const text = parts.join('');
          const automaton = new Automaton(buildAutomaton(keys.map((k, value) => ({ key: k, value }))));
          const found = automaton.findAll(text);
          expect(found.map((m) => [m.start, m.end])).toEqual(reference(keys, text));
          for (const m of found) expect(text.slice(m.start, m.end)).toBe(keys[m.value]);
          for (let at = 0; at < text.length; at++) {
            const one = automaton.longestAt(text, at);
            if (one) expect(text.slice(one.start, one.end)).toBe(keys[one.value]);
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('recognizer', () => {
  const mentionsOf = (text: string, from?: number, to?: number) =>
    recognizer.classify(text, from, to).certain.map((m) => `${m.start}-${m.end}:${m.entityId}`);

  it('finds the same mentions in a text and in its Traditional form', () => {
    fc.assert(
      fc.property(pageText(), (text) => {
        const simplified = toSimplified(text);
        expect(mentionsOf(toTraditionalChars(simplified))).toEqual(mentionsOf(simplified));
      }),
      { numRuns: 300 },
    );
  });

  it('finds the same mentions when a long text is scanned in windows, each resuming where the last stopped', () => {
    fc.assert(
      fc.property(pageText(), fc.integer({ min: 1, max: 40 }), (text, window) => {
        const whole = recognizer.classify(text);
        const pieces: string[] = [];
        const needsPage: string[] = [];
        for (let from = 0; from < text.length;) {
          const part = recognizer.classify(text, from, Math.min(text.length, from + window));
          pieces.push(...part.certain.map((m) => `${m.start}-${m.end}:${m.entityId}`));
          needsPage.push(...part.needsPage.map((m) => `${m.start}-${m.end}:${m.entityId}`));
          expect(part.next).toBeGreaterThan(from);
          from = part.next;
        }
        expect(pieces).toEqual(whole.certain.map((m) => `${m.start}-${m.end}:${m.entityId}`));
        expect(needsPage).toEqual(whole.needsPage.map((m) => `${m.start}-${m.end}:${m.entityId}`));
      }),
      { numRuns: 300 },
    );
  });
});

describe('senses and word boundaries', () => {
  const SEPARATORS = ['。', '，', ' ', '；', '\n'];
  let blockers: string[];
  let lexiconWords: string[];
  let cueWords: string[];
  beforeAll(() => {
    const compiled = shippedCorpus();
    blockers = compiled.corpus.names.filter((n) => n.blocker && /\p{Script=Han}/u.test(n.key)).map((n) => n.key);
    lexiconWords = compiled.recognizer.lexicon.flatMap((bucket) => bucket.split(' ')).filter((w) => w.length > 1);
    cueWords = compiled.corpus.entities.flatMap((e) => [...e.cues, ...e.against]);
  });
  const all = (text: string) => {
    const r = recognizer.classify(text);
    return [...r.certain, ...r.needsPage].sort((a, b) => a.start - b.start);
  };

  it('never marks inside a blocker', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.constantFrom(...blockers).map((b) => ({ blocker: true, text: b })),
            fc.constantFrom(...names).map((n) => ({ blocker: false, text: n })),
          ),
          { maxLength: 12 },
        ),
        fc.constantFrom(...SEPARATORS),
        (pieces, separator) => {
          let text = '';
          const spans: Array<[number, number]> = [];
          for (const piece of pieces) {
            if (piece.blocker) spans.push([text.length, text.length + piece.text.length]);
            text += piece.text + separator;
          }
          for (const m of all(text)) for (const [from, to] of spans) expect(m.end <= from || m.start >= to).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never marks a name that a crossing word beats, however the text is cut into windows', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            { weight: 2, arbitrary: fc.constantFrom(...names) },
            { weight: 3, arbitrary: fc.constantFrom(...lexiconWords) },
            { weight: 2, arbitrary: fc.constantFrom(...corpusChars) },
          ),
          { maxLength: 30 },
        ),
        fc.integer({ min: 1, max: 30 }),
        (parts, window) => {
          const text = parts.join('');
          const folded = recognizer.fold(text);
          for (let from = 0; from < text.length;) {
            const part = recognizer.classify(text, from, Math.min(text.length, from + window));
            for (const m of [...part.certain, ...part.needsPage]) {
              expect(losesToSegmentation(folded, m.start, m.end, recognizer.lexicon)).toBe(false);
            }
            from = part.next;
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('marks the same names, decided the same way, in Simplified and Traditional renderings', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            { weight: 3, arbitrary: fc.constantFrom(...names) },
            { weight: 2, arbitrary: fc.constantFrom(...cueWords, ...lexiconWords) },
            { weight: 3, arbitrary: fc.constantFrom(...corpusChars) },
            { weight: 1, arbitrary: fc.constantFrom(...SEPARATORS, '《', '》') },
          ),
          { maxLength: 50 },
        ),
        (parts) => {
          const simplified = toSimplified(parts.join(''));
          const traditional = toTraditional(simplified);
          // opencc may rewrite a phrase to another length; marks are compared where it does not.
          fc.pre(traditional.length === simplified.length);
          const key = (text: string) => {
            const r = recognizer.classify(text);
            return [
              ...r.certain.map((m) => `c${m.start}-${m.end}:${m.entityId}`),
              ...r.needsPage.map((m) => `p${m.start}-${m.end}:${m.entityId}`),
            ];
          };
          expect(key(traditional)).toEqual(key(simplified));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('text blocks', () => {
  type Tree = { tag: string; children: Tree[] } | string;
  const tags = ['p', 'div', 'li', 'span', 'b', 'a', 'em', 'h2', 'section'];
  const tree: fc.Arbitrary<Tree[]> = fc.letrec<{ node: Tree; nodes: Tree[] }>((self) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      fc.constantFrom('字节', '跳动', ' ', '阿里云', 'AI', '。', '\n'),
      fc.record({ tag: fc.constantFrom(...tags), children: self('nodes') }),
    ),
    nodes: fc.array(self('node'), { maxLength: 4 }),
  })).nodes;

  function build(doc: Document, parent: Node, nodes: Tree[]): void {
    for (const node of nodes) {
      if (typeof node === 'string') parent.appendChild(doc.createTextNode(node));
      else {
        const element = doc.createElement(node.tag);
        build(doc, element, node.children);
        parent.appendChild(element);
      }
    }
  }

  /** The nearest ancestor that is not inline: text never runs across one of these. */
  const blockOf = (node: Node): Node => {
    let at = node.parentNode!;
    while (at.nodeType === 1 && isInline(at as Element)) at = at.parentNode!;
    return at;
  };

  it('covers every text node once, in document order, and never joins text across a block boundary', () => {
    fc.assert(
      fc.property(tree, (nodes) => {
        const doc = new Window().document as unknown as Document;
        build(doc, doc.body, nodes);
        const { blocks } = collectTextBlocks(doc.body, { isHidden: () => false });
        const walker = doc.createTreeWalker(doc.body, 0x4);
        const texts: Text[] = [];
        for (let n = walker.nextNode(); n; n = walker.nextNode()) texts.push(n as Text);
        const inBlocks = blocks.flatMap((b) => b.nodes);
        // Whitespace-only runs are dropped; every other text node is in exactly one block.
        expect(inBlocks).toEqual(texts.filter((t) => inBlocks.includes(t)));
        for (const t of texts) if (/\S/.test(t.data)) expect(inBlocks).toContain(t);
        for (const block of blocks) {
          expect(block.text).toBe(block.nodes.map((n) => n.data).join(''));
          expect(new Set(block.nodes.map(blockOf)).size).toBe(1);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('maps every offset of a block to the node and offset holding that character', () => {
    fc.assert(
      fc.property(tree, (nodes) => {
        const doc = new Window().document as unknown as Document;
        build(doc, doc.body, nodes);
        for (const block of collectTextBlocks(doc.body, { isHidden: () => false }).blocks) {
          for (let i = 0; i < block.text.length; i++) {
            const at = locate(block, i);
            expect(at.node.data[at.offset]).toBe(block.text[i]);
            const end = locate(block, i + 1, true);
            // A range ending here ends inside the node holding the last character, never after it.
            expect(end.node.data[end.offset - 1]).toBe(block.text[i]);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('quote anchoring', () => {
  const chinese = () =>
    fc
      .array(fc.constantFrom(...corpusChars.slice(0, 60), '，', '。'), { minLength: 20, maxLength: 300 })
      .map((c) => c.join(''));

  it('finds a quote taken from a text, with its context, at a place holding the same text', () => {
    fc.assert(
      fc.property(chinese(), fc.nat(), fc.integer({ min: 1, max: 40 }), (text, at, length) => {
        const start = at % text.length;
        const end = Math.min(text.length, start + length);
        const exact = text.slice(start, end);
        fc.pre(exact.trim().length > 0);
        const found = anchorQuote(text, {
          exact,
          prefix: text.slice(Math.max(0, start - 32), start),
          suffix: text.slice(end, end + 32),
          position: { start, end },
        });
        expect(found).not.toBeNull();
        expect(found!.exact).toBe(true);
        expect(text.slice(found!.start, found!.end)).toBe(exact);
      }),
      { numRuns: 300 },
    );
  });

  it('finds a quote again after the text around it changed', () => {
    fc.assert(
      fc.property(chinese(), chinese(), chinese(), (before, quote, after) => {
        const exact = quote.slice(0, 30);
        const text = `新的开头${before}${exact}${after}`;
        const found = anchorQuote(text, { exact, prefix: before.slice(-32), suffix: after.slice(0, 32) });
        expect(found && text.slice(found.start, found.end)).toBe(exact);
      }),
      { numRuns: 200 },
    );
  });
});

describe('page addresses', () => {
  it('drop fragments and tracking parameters, keep the rest, and normalize once for all', () => {
    const key = fc.constantFrom('id', 'page', 'utm_source', 'utm_medium', 'spm', 'q', 'fbclid');
    fc.assert(
      fc.property(
        fc.webUrl({ withFragments: true, withQueryParameters: true }),
        fc.array(fc.tuple(key, fc.webSegment())),
        (base, params) => {
          const url = new URL(base);
          for (const [k, v] of params) url.searchParams.append(k, v);
          const normalized = normalizeUrl(url.toString());
          expect(normalizeUrl(normalized)).toBe(normalized);
          const parsed = new URL(normalized);
          expect(parsed.hash).toBe('');
          expect([...parsed.searchParams.keys()].filter((k) => /^(utm_|spm$|fbclid$)/.test(k))).toEqual([]);
          for (const [k, v] of params)
            if (['id', 'page', 'q'].includes(k)) expect(parsed.searchParams.getAll(k)).toContain(v);
          expect(parsed.origin + parsed.pathname).toBe(url.origin + url.pathname);
        },
      ),
      { numRuns: 300 },
    );
  });
});
