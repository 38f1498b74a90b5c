/** Why a page was not saved to the library, in the reader's words. */
import type { SaveRefusal } from '../library/refusal';
import type { Translate } from './strings';

const MB = 1024 * 1024;

export function refusalText(t: Translate, refusal: SaveRefusal): string {
  switch (refusal.code) {
    case 'notWebPage':
      return t('librarySaveNotWebPage');
    case 'tooLarge':
      return t('librarySaveTooLarge', (refusal.bytes / MB).toFixed(1), Math.round(refusal.limit / MB));
    case 'noArticle':
      return t('librarySaveNoArticle');
    case 'paywalled':
      return t('librarySavePaywalled');
    case 'notChinese':
      return t('librarySaveNotChinese');
    case 'duplicate':
      return t(refusal.by === 'url' ? 'librarySaveDuplicateUrl' : 'librarySaveDuplicateText', refusal.existingTitle);
    case 'quota':
      return t('librarySaveQuota');
    case 'writeFailed':
      return t('librarySaveFailed', refusal.detail);
  }
}
