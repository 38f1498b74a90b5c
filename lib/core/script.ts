/** The script corpus text is shown in: Simplified or Traditional Chinese. */
export const SCRIPTS = ['hans', 'hant'] as const;
export type ScriptChoice = (typeof SCRIPTS)[number];
