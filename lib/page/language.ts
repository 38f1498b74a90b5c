/** Whether a page is Chinese: its declared language, or a clear share of CJK in its text. */
import { iterateTextBlocks } from './text-blocks';

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/g;
/** Share of CJK among letters that makes an undeclared page Chinese. */
export const CJK_SHARE = 0.2;

export function cjkShare(sample: string): number {
  const letters = sample.replace(/[\s\d\p{P}\p{S}]/gu, '');
  if (!letters.length) return 0;
  return (letters.match(CJK)?.length ?? 0) / letters.length;
}

export function isChinesePage(declaredLanguage: string | null | undefined, sample: string): boolean {
  const lang = (declaredLanguage ?? '').trim().toLowerCase();
  if (lang.startsWith('zh')) return true;
  // A page declared in another language still counts when its text is clearly Chinese
  // (many Chinese sites ship lang="en" templates).
  return cjkShare(sample) >= CJK_SHARE;
}

/**
 * The first `limit` characters of a page's text, as the scanner reads it. Cheaper than
 * innerText, which lays out the whole page first.
 */
export function sampleText(root: Node, limit = 4000): string {
  let sample = '';
  for (const block of iterateTextBlocks(root)) {
    sample += block.text + '\n';
    if (sample.length >= limit) break;
  }
  return sample.slice(0, limit);
}
