import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import AhoCorasick from 'modern-ahocorasick';
import { Automaton, AutomatonFormatError, buildAutomaton, MATCH_INTS, scanStop } from '../../lib/match/automaton';
import { atWordBoundary } from '../../lib/text/word-boundary';

function automatonOf(keys: string[]): Automaton {
  return new Automaton(buildAutomaton(keys.map((key, value) => ({ key, value }))));
}

function surfaces(keys: string[], text: string): string[] {
  return automatonOf(keys)
    .findAll(text)
    .map((m) => text.slice(m.start, m.end));
}

describe('automaton', () => {
  it('prefers the longest name at a position', () => {
    const keys = ['华为', '华为云', '文心', '文心一言', '腾讯', '腾讯混元', '京东', '京东方'];
    expect(surfaces(keys, '华为云和华为,文心一言与文心,腾讯混元对腾讯,京东方不是京东')).toEqual([
      '华为云',
      '华为',
      '文心一言',
      '文心',
      '腾讯混元',
      '腾讯',
      '京东方',
      '京东',
    ]);
  });

  it('matches Latin names only at word boundaries', () => {
    const keys = ['sora', '360', 'oppo', 'gpt-4'];
    expect(surfaces(keys, 'soraya 3600 sora,360智脑 oppo的 gpt-4o gpt-4 gpt-40')).toEqual([
      'sora',
      '360',
      'oppo',
      'gpt-4',
    ]);
  });

  it('falls back to a shorter name when the longer one breaks a word boundary', () => {
    expect(surfaces(['ai', 'ai agent'], 'ai agents')).toEqual(['ai']);
  });

  it('rejects corrupt data with a clear error', () => {
    const buffer = buildAutomaton([{ key: '字节', value: 0 }]);
    expect(() => new Automaton(buffer.slice(0, 10))).toThrow(AutomatonFormatError);
    expect(() => new Automaton(buffer.slice(0, buffer.byteLength - 8))).toThrow(/truncated/);
    const wrong = buffer.slice(0);
    new Uint32Array(wrong)[0] = 0;
    expect(() => new Automaton(wrong)).toThrow(/magic/);
  });

  it('rejects edge tables the walk could not trust', () => {
    // Layout: 3 header words, firstEdge (nodeCount + 1 words), values (nodeCount words), edge chars.
    const keys = ['ab', 'ac', 'b'];
    const buffer = buildAutomaton(keys.map((key, value) => ({ key, value })));
    const nodeCount = new Uint32Array(buffer, 0, 3)[1]!;
    const charsAt = 12 + (nodeCount + 1) * 4 + nodeCount * 4;
    const unsorted = buffer.slice(0);
    const chars = new Uint16Array(unsorted, charsAt, nodeCount - 1);
    [chars[0], chars[1]] = [chars[1]!, chars[0]!];
    expect(() => new Automaton(unsorted)).toThrow(/unsorted/);
    const outOfRange = buffer.slice(0);
    new Uint32Array(outOfRange, 12, nodeCount + 1)[1] = 1000;
    expect(() => new Automaton(outOfRange)).toThrow(AutomatonFormatError);
    const backwards = buffer.slice(0);
    // Node 2's edges start at edge 0: they would lead back to node 1.
    const firstEdge = new Uint32Array(backwards, 12, nodeCount + 1);
    firstEdge[1] = 0;
    firstEdge[2] = 0;
    expect(() => new Automaton(backwards)).toThrow(AutomatonFormatError);
  });

  it('walks nodes with thousands of children (hashed) like narrow ones', () => {
    const seconds = Array.from({ length: 3000 }, (_, i) => String.fromCharCode(0x4e00 + i));
    const keys = [...seconds.map((c) => `字${c}`), ...seconds.slice(0, 20).map((c) => `字${c}节`), 'ai', 'a1b'];
    const text = `字${seconds[2999]}，字${seconds[5]}节，字字，ai，a1b，字${String.fromCharCode(0x4e00 + 3000)}`;
    expect(surfaces(keys, text)).toEqual([`字${seconds[2999]}`, `字${seconds[5]}节`, 'ai', 'a1b']);
  });

  // The oracle: a well-kept npm Aho-Corasick in leftmost-longest mode, filtered to word
  // boundaries the same way, on random texts over a small alphabet so names collide often.
  it('agrees with modern-ahocorasick on random inputs', () => {
    const alphabet = ['字', '节', '跳', '动', '阿', '里', '云', 'a', 'i', 'o', '1', ' ', '的'];
    let seed = 12345;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const word = (max: number) =>
      Array.from({ length: 1 + random(max) }, () => alphabet[random(alphabet.length)]).join('');
    for (let round = 0; round < 300; round++) {
      const keys = [...new Set(Array.from({ length: 1 + random(12) }, () => word(4)))];
      const text = word(80);
      const ours = automatonOf(keys)
        .findAll(text)
        .map((m) => [m.start, m.end]);
      // The oracle has no boundary rule: take its leftmost-longest candidates per position.
      const oracle = new AhoCorasick(keys);
      const all = oracle.search(text, { strategy: 'all' }).filter((m) => atWordBoundary(text, m.start, m.end));
      const expected: number[][] = [];
      let at = 0;
      while (at < text.length) {
        const best = all.filter((m) => m.start === at).sort((a, b) => b.end - a.end)[0];
        if (best) {
          expected.push([best.start, best.end]);
          at = best.end;
        } else at++;
      }
      expect(ours, `keys ${JSON.stringify(keys)} text ${JSON.stringify(text)}`).toEqual(expected);
    }
  });

  /** The naive matcher: at each position the longest key on word boundaries, then past it. */
  function naive(keys: readonly string[], text: string): Array<[number, number, number]> {
    const out: Array<[number, number, number]> = [];
    let at = 0;
    while (at < text.length) {
      let best = -1;
      let value = -1;
      keys.forEach((key, i) => {
        const end = at + key.length;
        if (key && text.startsWith(key, at) && atWordBoundary(text, at, end) && end > best) [best, value] = [end, i];
      });
      if (best > at) {
        out.push([at, best, value]);
        at = best;
      } else at++;
    }
    return out;
  }

  // The walk's shortcuts (first-character flags, the two-character set and table, one-character
  // names, edge filters) are keyed on code units: any code unit, the extremes and surrogate
  // halves included, with names sharing prefixes so the tables fill and collide.
  it('finds what the naive matcher finds, on any UTF-16 code units and with one-character names', () => {
    const unit = fc.oneof(
      fc.constantFrom(0, 0x20, 0x2d, 0x30, 0x39, 0x61, 0x7a, 0x7fff, 0x8000, 0xd800, 0xdfff, 0xffff),
      fc.integer({ min: 0x4e00, max: 0x4e20 }),
      fc.integer({ min: 0, max: 0xffff }),
    );
    const word = fc.array(unit, { minLength: 1, maxLength: 4 }).map((codes) => String.fromCharCode(...codes));
    fc.assert(
      fc.property(
        fc.uniqueArray(word, { minLength: 1, maxLength: 300 }),
        fc.array(
          fc.oneof(
            word,
            word,
            unit.map((c) => String.fromCharCode(c)),
          ),
          { maxLength: 80 },
        ),
        (keys, parts) => {
          const text = parts.join('');
          const found = automatonOf(keys)
            .findAll(text)
            .map((m) => [m.start, m.end, m.value]);
          expect(found).toEqual(naive(keys, text));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('scans in slices into a small buffer, resuming where it filled or stopped, as one whole scan', () => {
    const unit = fc.oneof(fc.constantFrom(0x61, 0x62, 0x30, 0x20), fc.integer({ min: 0x4e00, max: 0x4e08 }));
    const word = fc.array(unit, { minLength: 1, maxLength: 4 }).map((codes) => String.fromCharCode(...codes));
    fc.assert(
      fc.property(
        fc.uniqueArray(word, { minLength: 1, maxLength: 40 }),
        fc.array(word, { maxLength: 60 }),
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 1, max: 30 }),
        (keys, parts, capacity, sliceLength) => {
          const text = parts.join('');
          const automaton = automatonOf(keys);
          const out = new Int32Array(MATCH_INTS * capacity);
          const found: number[][] = [];
          for (let from = 0; from < text.length;) {
            const to = Math.min(text.length, from + sliceLength);
            let at = from;
            for (;;) {
              const count = automaton.scan(text, at, to, out);
              for (let k = 0; k < count * MATCH_INTS; k += MATCH_INTS) found.push([out[k]!, out[k + 1]!, out[k + 2]!]);
              if (count < capacity) {
                from = scanStop(at, to, out, count);
                break;
              }
              at = out[(count - 1) * MATCH_INTS + 1]!;
            }
          }
          expect(found).toEqual(naive(keys, text));
        },
      ),
      { numRuns: 300 },
    );
  });
});
