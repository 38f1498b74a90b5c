/** A refused backup file and an import's outcome, in the reader's words (details stay as they are). */
import type { BackupImportResult, BackupProblem } from '../library/backup';
import type { StringKey, Translate } from './strings';

const SECTION_KEYS: Record<Extract<BackupProblem, { section: string }>['section'], StringKey> = {
  notes: 'backupSectionNotes',
  articles: 'backupSectionArticles',
  readerEntities: 'backupSectionReaderEntities',
  dismissed: 'backupSectionDismissed',
};

export function backupProblemText(t: Translate, problem: BackupProblem): string {
  switch (problem.code) {
    case 'tooLarge':
      return t('importTooLarge');
    case 'notJson':
      return t('importNotJson');
    case 'notOurs':
      return t('backupNotOurs');
    case 'newerVersion':
      return t('importNewerVersion', problem.version);
    case 'unknownVersion':
      return t('importUnknownVersion', problem.version);
    case 'invalidFile':
      return t('importInvalidFile', problem.detail);
    case 'invalidRecord':
      return t('backupInvalidRecord', t(SECTION_KEYS[problem.section]), problem.index, problem.detail);
    case 'duplicateRecord':
      return t('backupDuplicateRecord', t(SECTION_KEYS[problem.section]), problem.index, problem.id);
  }
}

export function backupImportText(t: Translate, result: BackupImportResult): string {
  return t(
    'backupImportDone',
    result.notes.added + result.notes.updated,
    result.articles.added + result.articles.updated,
    result.readerEntities.added + result.readerEntities.updated,
    result.articles.duplicates,
  );
}
