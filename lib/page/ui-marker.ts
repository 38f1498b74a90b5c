/** Attribute on every element the extension adds to a page, so the scanner skips them. */
export const UI_ATTRIBUTE = 'data-techlens-ui';
