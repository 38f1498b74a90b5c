/**
 * Names the gazetteer may lack: Latin product names, short names in 「」“” quotes and 《》 titles
 * that no entity covers. Terms an editor has reviewed and rejected live in corpus/not-entities.yaml.
 */
import type { Article } from './article';
import type { NameMatcher } from '../match/names';

const LATIN_NAME = /(?<![A-Za-z0-9])[A-Z][A-Za-z0-9]*(?:[ .·-][A-Z0-9][A-Za-z0-9]*)*(?![A-Za-z0-9])/g;
const QUOTED = /[「“"]([^」”"]{2,10})[」”"]/g;
const TITLED = /《([^》]{2,40})》/g;

export function findMissingCandidates(
  articles: readonly Article[],
  matcher: NameMatcher,
  fold: (text: string) => string,
  ignored: ReadonlySet<string> = new Set(),
): string[] {
  const found = new Map<string, Set<string>>();
  for (const article of articles) {
    for (const paragraph of article.paragraphs) {
      for (const pattern of [LATIN_NAME, QUOTED, TITLED]) {
        for (const match of paragraph.matchAll(pattern)) {
          const candidate = (match[1] ?? match[0]).trim();
          if (candidate.length < 2 || ignored.has(fold(candidate))) continue;
          const folded = fold(candidate);
          // Covered when a name spans the whole candidate (ChatGPT, 《云上的中国3》).
          const covered = matcher.findAll(folded).some((m) => !m.entry.blocker && m.start === 0 && m.end === folded.length);
          if (covered) continue;
          const where = found.get(candidate) ?? new Set();
          where.add(article.id);
          found.set(candidate, where);
        }
      }
    }
  }
  return [...found].map(([name, where]) => `candidate not in the gazetteer: "${name}" (in ${[...where].join(', ')})`);
}
