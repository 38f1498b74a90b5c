/**
 * Renders an entity card into a container. Every piece of data is set with textContent, never
 * as markup: corpus text is data. Only public corpus data goes here: this DOM lives in the page,
 * whose scripts can read it, so the reader's notes never appear in it.
 */
import type { CardClaim, EntityCard } from '../corpus/card';
import { kindKey, modalityKey, typeKey, type Translate } from './strings';
import { el } from './dom';
import { isoDay, isoStart } from '../text/dates';

export interface CardActions {
  openEntity: (entityId: string) => void;
  /** Absent where the card already is in the side panel. */
  openPanel?: (entityId: string) => void;
  addNote: (entityId: string) => void;
  close: () => void;
  /** On web pages: turn the extension off for this site. A rejection is shown in the card. */
  turnOffSite?: () => Promise<unknown> | void;
  /** On web pages: save the page's article to the reader's library (the side panel shows it). */
  saveArticle?: () => void;
}

export interface CardLayout {
  /** The side panel shows every claim grouped by kind, newest first; the popover a ranked few. */
  groupByKind?: boolean;
}

const KIND_ORDER: CardClaim['kind'][] = [
  'launch',
  'funding',
  'figure',
  'comparison',
  'statement',
  'event',
  'forecast',
  'opinion',
  'denial',
];

/** When a claim happened: its own date if it names one (a quarter from its first month), else its source article's. */
export function claimDate(claim: CardClaim): string {
  const own = claim.dates.find((d) => d.iso)?.iso;
  return own ? isoStart(own) : (claim.sources[0]?.date ?? '');
}

/**
 * The dates the claim names, resolved: "去年11月18日 → 2023-11-18"; a date already written in
 * full shows once; one that cannot be resolved shows as written.
 */
export function resolvedDates(claim: CardClaim): string[] {
  return claim.dates.map((d) => {
    if (!d.iso) return d.text;
    return d.relative ? `${d.text} → ${d.iso}` : d.iso;
  });
}

/** Claim text with its figures set apart (found by their surface text). */
function claimText(claim: CardClaim): HTMLElement {
  const p = el('p', 'claim-text');
  const figures = claim.figures.map((f) => f.text).filter((t) => t && claim.text.includes(t));
  let rest = claim.text;
  while (rest) {
    let next = -1;
    let figure = '';
    for (const f of figures) {
      const at = rest.indexOf(f);
      if (at >= 0 && (next < 0 || at < next)) {
        next = at;
        figure = f;
      }
    }
    if (next < 0) {
      p.append(document.createTextNode(rest));
      break;
    }
    if (next > 0) p.append(document.createTextNode(rest.slice(0, next)));
    p.append(el('strong', 'figure', figure));
    rest = rest.slice(next + figure.length);
  }
  return p;
}

export function renderCard(
  container: HTMLElement,
  card: EntityCard,
  t: Translate,
  actions: CardActions,
  layout: CardLayout = {},
): void {
  container.replaceChildren();
  const header = el('header', 'card-header');
  const titles = el('div', 'titles');
  const name = el('h2', 'name', card.name);
  name.id = 'techlens-card-title';
  titles.append(name);
  if (card.englishName) titles.append(el('span', 'english', card.englishName));
  const type = el('span', `type type-${card.type}`, t(typeKey(card.type)));
  const close = el('button', 'close', '×');
  close.type = 'button';
  close.setAttribute('aria-label', t('close'));
  close.addEventListener('click', () => actions.close());
  header.append(titles, type, close);

  const body = el('div', 'card-body');
  body.append(el('p', 'description', card.description));
  const facts = el('dl', 'facts');
  if (card.parent) {
    facts.append(el('dt', '', t('partOf')));
    const dd = el('dd');
    const link = el('button', 'link', card.parent.name);
    link.type = 'button';
    const parentId = card.parent.id;
    link.addEventListener('click', () => actions.openEntity(parentId));
    dd.append(link);
    facts.append(dd);
  }
  if (card.aliases.length) {
    facts.append(el('dt', '', t('aliases')), el('dd', '', card.aliases.slice(0, 5).join('、')));
  }
  if (facts.childElementCount) body.append(facts);

  const claimsSection = el('section', 'claims');
  claimsSection.append(el('h3', '', t('claims')));
  if (!card.claims.length && !card.bestMention) claimsSection.append(el('p', 'empty', t('noClaims')));
  const claimItem = (claim: CardClaim) => {
    const item = el('li', `claim kind-${claim.kind} modality-${claim.modality}`);
    item.dataset.claimId = claim.id;
    item.append(el('span', 'kind', t(kindKey(claim.kind))));
    const modality = modalityKey(claim.modality);
    // A forecast, opinion or denial already says so in its kind tag: no second tag.
    if (modality && t(modality) !== t(kindKey(claim.kind))) item.append(el('span', 'modality', t(modality)));
    item.append(claimText(claim));
    const meta = el('p', 'claim-meta');
    const dates = resolvedDates(claim).filter((d) => d.includes('→') || !claim.text.includes(d));
    if (dates.length) meta.append(el('span', 'claim-date', dates.join('；')));
    if (claim.attribution) meta.append(el('span', 'attribution', t('attributedTo', claim.attribution)));
    const source = claim.sources[0];
    if (source) {
      const parts = [source.title, source.site, source.date ? isoDay(source.date) : null].filter(Boolean);
      const cite = el('span', 'source', parts.join(' · '));
      // A claim from an article the reader saved says so before its title.
      if (source.library) cite.prepend(el('span', 'library-source', t('librarySource')), ' · ');
      if (source.titleDerived) {
        cite.append(el('span', 'derived', ` (${t('titleDerived')})`));
      }
      meta.append(cite);
    }
    if (claim.articleCount > 1) meta.append(el('span', 'backing', t('backedBy', claim.articleCount)));
    if (claim.contradicts.length) meta.append(el('span', 'contradicted', t('contradicted')));
    item.append(meta);
    return item;
  };
  if (!card.claims.length && card.bestMention) {
    const best = el('div', 'best-mention');
    best.append(el('p', 'best-lead', t('bestMention', card.articleCount)), el('p', 'best-text', card.bestMention.text));
    const source = card.bestMention.source;
    const parts = [source.title, source.site, source.date ? isoDay(source.date) : null].filter(Boolean);
    best.append(el('p', 'claim-meta', parts.join(' · ')));
    claimsSection.append(best);
  }
  if (layout.groupByKind) {
    for (const kind of KIND_ORDER) {
      const claims = card.claims
        .filter((c) => c.kind === kind)
        .sort((a, b) => claimDate(b).localeCompare(claimDate(a)));
      if (!claims.length) continue;
      const group = el('section', `claim-group kind-${kind}`);
      group.append(el('h4', '', `${t(kindKey(kind))} · ${claims.length}`));
      const list = el('ol', 'claim-list');
      list.append(...claims.map(claimItem));
      group.append(list);
      claimsSection.append(group);
    }
  } else if (card.claims.length) {
    const list = el('ol', 'claim-list');
    list.append(...card.claims.map(claimItem));
    claimsSection.append(list);
  }
  body.append(claimsSection);

  if (card.related.length) {
    const related = el('section', 'related');
    related.append(el('h3', '', t('related')));
    const chips = el('div', 'chips');
    for (const r of card.related) {
      const chip = el('button', 'chip', r.name);
      chip.type = 'button';
      chip.addEventListener('click', () => actions.openEntity(r.id));
      chips.append(chip);
    }
    related.append(chips);
    body.append(related);
  }

  // Two rows: what the card counts with the quiet per-site switch, then the actions, so four
  // buttons never wrap one of them onto a line of its own.
  const footer = el('footer', 'card-footer');
  const meta = el('div', 'footer-meta');
  const buttons = el('div', 'footer-actions');
  meta.append(el('span', 'stats', t('mentionStats', card.mentionCount, card.articleCount)));
  const turnOff = actions.turnOffSite;
  if (turnOff) {
    const off = el('button', 'action quiet', t('turnOffSite'));
    off.type = 'button';
    off.addEventListener('click', () => {
      // A failed write (storage full, unavailable) replaces the card with the reason.
      (async () => turnOff())().catch((error: unknown) =>
        renderMessage(container, t('settingsNotSaved', errorText(error))),
      );
    });
    meta.append(off);
  }
  const openPanel = actions.openPanel;
  if (openPanel) {
    const panel = el('button', 'action', t('openPanel'));
    panel.type = 'button';
    panel.addEventListener('click', () => openPanel(card.id));
    buttons.append(panel);
  }
  const save = actions.saveArticle;
  if (save) {
    const button = el('button', 'action save-article', t('saveToLibrary'));
    button.type = 'button';
    button.addEventListener('click', () => save());
    buttons.append(button);
  }
  const note = el('button', 'action primary', t('addNote'));
  note.type = 'button';
  note.addEventListener('click', () => actions.addNote(card.id));
  buttons.append(note);
  footer.append(meta, buttons);
  container.append(header, body, footer);
}

/** The reason of a failure, without the "Error: " a stringified Error starts with. */
export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function renderMessage(container: HTMLElement, text: string): void {
  container.replaceChildren(el('p', 'message', text));
}
