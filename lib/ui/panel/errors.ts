/** Failed writes, in the reader's words. */
import { NotWebPageError, isQuotaError } from '../../notes/store';
import { errorText } from '../card-view';
import type { Translate } from '../strings';

export function saveErrorText(t: Translate, error: unknown): string {
  if (error instanceof NotWebPageError) return t('notWebPage');
  return isQuotaError(error) ? t('quotaError') : t('saveError', errorText(error));
}
