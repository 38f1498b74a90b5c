/**
 * Script-blind search over the saved articles' text: the caller's fold (lib/text/fold.ts) maps
 * Traditional to Simplified, case and width, so 字节 finds 字節 and openai finds OpenAI. Each
 * article is folded once when the index is built; a keystroke is then substring tests only.
 */
import type { ArticleBody, ArticleSummary } from './db';

export interface LibraryHit {
  id: string;
  title: string;
  site: string;
  /** The paragraph around the first match in the text (or the lead when only the title matched). */
  snippet: string;
  score: number;
}

interface Indexed {
  summary: ArticleSummary;
  paragraphs: readonly string[];
  /** Folded title + site + author, and the folded paragraphs joined by newlines. */
  head: string;
  text: string;
}

/** Weight of a term found in the title, site or author line, against one found in the text. */
const HEAD_WEIGHT = 3;
const SNIPPET_CHARS = 120;

export class LibrarySearch {
  private readonly indexed: Indexed[];

  constructor(
    summaries: readonly ArticleSummary[],
    bodies: readonly ArticleBody[],
    private readonly fold: (text: string) => string,
  ) {
    const byId = new Map(bodies.map((body) => [body.id, body]));
    this.indexed = summaries.map((summary) => {
      const paragraphs = byId.get(summary.id)?.paragraphs ?? [];
      return {
        summary,
        paragraphs,
        head: fold([summary.title, summary.site, summary.author ?? ''].join('\n')),
        text: fold(paragraphs.join('\n')),
      };
    });
  }

  /** Articles holding every term (in any field), best first, then newest saved. */
  search(query: string): LibraryHit[] {
    const terms = this.fold(query).split(/\s+/).filter(Boolean);
    if (!terms.length) return [];
    const hits: Array<{ hit: LibraryHit; savedAt: number }> = [];
    for (const entry of this.indexed) {
      let score = 0;
      let firstAt = -1;
      for (const term of terms) {
        const inHead = entry.head.includes(term);
        const at = entry.text.indexOf(term);
        if (!inHead && at < 0) {
          score = 0;
          break;
        }
        score += (inHead ? HEAD_WEIGHT : 0) + (at >= 0 ? 1 : 0);
        if (at >= 0 && (firstAt < 0 || at < firstAt)) firstAt = at;
      }
      if (score > 0) hits.push({ hit: { ...hitOf(entry, firstAt), score }, savedAt: entry.summary.savedAt });
    }
    return hits.sort((a, b) => b.hit.score - a.hit.score || b.savedAt - a.savedAt).map((h) => h.hit);
  }
}

/** The original (unfolded) paragraph holding offset `at` of the joined folded text, cut around it. */
function hitOf(entry: Indexed, at: number): Omit<LibraryHit, 'score'> {
  const { id, title, site } = entry.summary;
  if (at < 0) return { id, title, site, snippet: (entry.paragraphs[0] ?? '').slice(0, SNIPPET_CHARS) };
  // Folding keeps lengths, so an offset in the folded text is an offset in the original.
  let start = 0;
  for (const paragraph of entry.paragraphs) {
    if (at <= start + paragraph.length) {
      const from = Math.max(0, at - start - SNIPPET_CHARS / 3);
      return { id, title, site, snippet: (from > 0 ? '…' : '') + paragraph.slice(from, from + SNIPPET_CHARS) };
    }
    start += paragraph.length + 1;
  }
  return { id, title, site, snippet: '' };
}
