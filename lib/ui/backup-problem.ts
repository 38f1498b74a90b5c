/** A refused backup file and an import's outcome, in the reader's words (details stay as they are). */
import type { BackupImportResult, BackupProblem } from '../library/backup';
import type { ImportProblem } from '../notes/exchange';
import type { StringKey, Translate } from './strings';

const SECTION_KEYS: Record<Extract<BackupProblem, { section: string }>['section'], StringKey> = {
  notes: 'backupSectionNotes',
  articles: 'backupSectionArticles',
  readerEntities: 'backupSectionReaderEntities',
  dismissed: 'backupSectionDismissed',
};

/** What any import file (a notes export or a backup) can have wrong with it as a whole. */
export type FileProblem = Exclude<ImportProblem, { code: 'invalidNote' } | { code: 'duplicateId' }>;

/** A refused file as a whole; `notOurs` says what kind of file was expected. */
export function fileProblemText(t: Translate, problem: FileProblem, notOurs: StringKey): string {
  switch (problem.code) {
    case 'tooLarge':
      return t('importTooLarge');
    case 'notJson':
      return t('importNotJson');
    case 'notOurs':
      return t(notOurs);
    case 'newerVersion':
      return t('importNewerVersion', problem.version);
    case 'unknownVersion':
      return t('importUnknownVersion', problem.version);
    case 'invalidFile':
      return t('importInvalidFile', problem.detail);
  }
}

export function backupProblemText(t: Translate, problem: BackupProblem): string {
  switch (problem.code) {
    case 'invalidRecord':
      return t('backupInvalidRecord', t(SECTION_KEYS[problem.section]), problem.index, problem.detail);
    case 'duplicateRecord':
      return t('backupDuplicateRecord', t(SECTION_KEYS[problem.section]), problem.index, problem.id);
    default:
      return fileProblemText(t, problem, 'backupNotOurs');
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
