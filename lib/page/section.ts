/**
 * Which part of a page a block of text is in: the article body, or the furniture around it (a
 * sidebar, navigation, comments, the footer). Evidence that a page is about tech comes from the
 * article; it must not decide what a word means in a breakfast sidebar or a reader's comment.
 *
 * Decided by the block's ancestors, nearest first: their tags (aside, nav, footer, article,
 * main), ARIA roles, and the class and id names sites use for these parts (comment-list,
 * sidebar, related, footer). A page with no such markup is all body.
 */

export type Section = 'body' | 'aside' | 'nav' | 'comments' | 'footer';

const BY_TAG: Record<string, Section> = {
  ARTICLE: 'body',
  MAIN: 'body',
  ASIDE: 'aside',
  NAV: 'nav',
  FOOTER: 'footer',
};

const BY_ROLE: Record<string, Section> = {
  main: 'body',
  article: 'body',
  complementary: 'aside',
  navigation: 'nav',
  menubar: 'nav',
  contentinfo: 'footer',
  banner: 'nav',
};

/** Class and id words, matched as whole words (split at spaces, hyphens, underscores, case changes). */
const BY_NAME: Array<[RegExp, Section]> = [
  [/^(comments?|comment(list|box|area|wrap)|replies|reply|discuss|discussion|pinglun|respond|disqus)$/, 'comments'],
  [
    /^(sidebar|aside|side|rail|related|recommend|recommended|recommendation|recommendations|widget|widgets|hot|rank|ranking|trending|popular|ad|ads|advert|promo|sponsor)$/,
    'aside',
  ],
  [/^(nav|navbar|navigation|menu|breadcrumb|breadcrumbs|topbar)$/, 'nav'],
  [/^(footer|foot|copyright|colophon)$/, 'footer'],
  [/^(article|content|post|entry|story|body|main|text|detail)$/, 'body'],
];

function nameWords(element: Element): string[] {
  const names = `${element.getAttribute('class') ?? ''} ${element.id}`;
  return names
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[\s_\-:.]+/)
    .filter(Boolean);
}

/** What an element says about the section it starts, or null. */
export function sectionSignal(element: Element): Section | null {
  const role = element.getAttribute('role');
  if (role && BY_ROLE[role]) return BY_ROLE[role];
  const byTag = BY_TAG[element.tagName.toUpperCase()];
  if (byTag) return byTag;
  const words = nameWords(element);
  // Furniture words first: "article-comments" is comments, not the article.
  for (const [pattern, section] of BY_NAME)
    if (section !== 'body' && words.some((w) => pattern.test(w))) return section;
  for (const [pattern, section] of BY_NAME)
    if (section === 'body' && words.some((w) => pattern.test(w))) return section;
  return null;
}

/** The section of the page a node is in: its nearest ancestor with a signal, else the body. */
export function sectionOf(node: Node): Section {
  let element: Element | null = node.nodeType === 1 ? (node as Element) : node.parentElement;
  while (element) {
    const signal = sectionSignal(element);
    if (signal) return signal;
    const parent: Node | null = element.parentNode;
    // Inside a shadow root the host's ancestors decide.
    element = parent && parent.nodeType === 11 ? ((parent as ShadowRoot).host ?? null) : element.parentElement;
  }
  return 'body';
}

/** Whether evidence from the whole page may decide an ambiguous name in this section. */
export function pageEvidenceReaches(section: Section): boolean {
  return section === 'body';
}
