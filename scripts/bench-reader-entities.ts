/** Synthetic reader entities for the benchmarks (scripts/bench.ts, scripts/bench-browser.ts). */
import type { ReaderEntity } from '../lib/library/model';
import { toTraditional } from '../lib/text/convert';

/**
 * Reader entities as the library makes them: a Chinese name of 2-5 characters drawn by corpus
 * frequency with its Traditional form, an English name for a third, an alias for half, and one
 * in ten ambiguous with two cues.
 */
export function readerEntities(count: number, text: string, random: () => number): ReaderEntity[] {
  const chars = [...text].filter((c) => /[\u4e00-\u9fff]/.test(c));
  const latin = 'abcdefghijklmnopqrstuvwxyz';
  const han = (min: number, max: number) =>
    Array.from(
      { length: min + Math.floor(random() * (max - min + 1)) },
      () => chars[Math.floor(random() * chars.length)],
    ).join('');
  return Array.from({ length: count }, (_, i) => {
    const hans = han(2, 5);
    const ambiguous = random() < 0.1;
    return {
      id: `user:bench-${i}`,
      type: 'company',
      name: {
        hans,
        hant: toTraditional(hans),
        ...(random() < 0.33
          ? {
              en: Array.from({ length: 4 + Math.floor(random() * 6) }, () => latin[Math.floor(random() * 26)]).join(''),
            }
          : {}),
      },
      aliases: random() < 0.5 ? [han(2, 4)] : [],
      parent: null,
      description: '',
      ambiguousNames: ambiguous ? [hans] : [],
      cues: ambiguous ? [han(2, 2), han(2, 2)] : [],
      createdAt: i,
      updatedAt: i,
    } satisfies ReaderEntity;
  });
}
