/**
 * Who speaks a proposition (drafting.ts's first step on it): the source its attribution names,
 * resolved when the words do not name it (a pronoun, a bare party noun, a titled officer, a quoted
 * speaker going on), and the role the speaker gets in the claim.
 */
import type { Role } from './vocabulary';
import { closeSources, companyInWords, LEADING_TITLE, speaksAsCompany } from './speakers';
import { answeredFrameParty } from './answered';
import { ORGANIZATION_TYPES } from './subject';
import {
  BARE_SPEAKER,
  DEMONSTRATIVE_SPEAKER,
  bareSpeakerPronoun,
  resolvePronoun,
  SPEAKING_PRONOUN,
  titledSpeakerBefore,
} from './antecedents';
import { type Prefix, prefixOf } from './proposition-prefix';
import type { Prop, SentenceFrame } from './frame';
import type { Attribution } from './types';
import type { Token } from './segment';
import { TITLE_PATTERN } from './titles';

/**
 * What findSpeaker reads and decides of a proposition being drafted (drafting.ts's PropositionState):
 * the sentence, the proposition (whose attribution it sets), the span of what it says, its names'
 * roles (`give` gives one unless the name has a stronger one already), and the label its text opens with.
 */
export interface SpeakerState {
  frame: SentenceFrame;
  prop: Prop;
  content: { start: number; end: number; contentTokens: readonly Token[]; contentText: string };
  roles: Map<string, Role>;
  give: (id: string, role: Role) => void;
  prefix: Prefix | null;
}

/** Who speaks a proposition, as drafting resolved it (findSpeaker). */
export interface Speaker {
  /** Where the source's words are written in the sentence (-1 when they are not). */
  speakerAt: number;
  /** The organization an unnamed titled speaker speaks for, and where the title is written. */
  titledOrg: string | null;
  titledSpan: { start: number; end: number } | null;
  memberOf: string | null | undefined;
  /** The party speaking, and whether it speaks (a person, an organization, its own filing). */
  speaker: string | undefined;
  speaks: boolean;
}

/** How a proposition's source is written, and what its words say of who speaks (sourceWordsOf). */
interface SourceWords {
  /** Where the source's words are written in the sentence (-1 when they are not). */
  at: number;
  /** The source's words, folded. */
  speakerWords: string;
  /** A bare party noun speaking ("公司方面称"), and a pronoun speaking ("他还表示"), or null. */
  bare: RegExpExecArray | null;
  pronounSpeaker: string | null;
  /** A pronoun subject that names its actor ("…表示，公司将…"): the speaker only speaks. */
  actorNamed: boolean;
}

/** The organization an unnamed titled speaker speaks for, and where the title is written, as the steps found them. */
interface Titled {
  org: string | null;
  span: { start: number; end: number } | null;
}

/**
 * Resolves who speaks a proposition (a pronoun, a bare party noun, a titled officer, a quoted
 * speaker going on), setting its attribution, and gives the speaker its role.
 */
export function findSpeaker(state: SpeakerState): Speaker {
  const { prop } = state;
  const { history } = state.frame;
  const source = sourceWordsOf(state);
  const titled: Titled = { org: speakerGoingOn(state, source), span: null };
  const topicBeforeSpeaker = topicSpeaks(state, source);
  if (prop.attribution.kind === 'unnamed' && (source.bare || source.pronounSpeaker) && !topicBeforeSpeaker)
    speakerPointedAt(state, source, titled);
  const memberOf = memberOfSpeaker(state, source);
  titledOfficer(state, source, memberOf, titled);
  // The speaker goes on speaking for it by name or as 他 later in the article.
  if (prop.attribution.kind === 'person' && !prop.attribution.entityId && (memberOf ?? titled.org))
    history.people.learnSpeaker(source.speakerWords, (memberOf ?? titled.org)!);
  const speaker = prop.attribution.entityId ?? memberOf ?? titled.org ?? undefined;
  const speaks = speaksOnRecord(prop.attribution);
  speakerRoles(state, source, speaker, speaks);
  return { speakerAt: source.at, titledOrg: titled.org, titledSpan: titled.span, memberOf, speaker, speaks };
}

/**
 * A proposition's source as the sentence writes it (its first occurrence from `from`) and its words
 * folded, the text the cues are read on; the written words where they are not found.
 */
export function foldedSourceWords(
  sentence: string,
  folded: string,
  text: string,
  from = 0,
): { at: number; words: string } {
  const at = sentence.indexOf(text, from);
  return { at, words: at >= 0 ? folded.slice(at, at + text.length) : text };
}

/** Where the source is written, its words, and the cues read on them (before any is resolved). */
function sourceWordsOf(state: SpeakerState): SourceWords {
  const { frame, prop, content } = state;
  const { sentence, folded, offset, context, history } = frame;
  const { start } = content;
  // "团队在接受采访时表示", "公司方面称": a bare organization noun speaks for the
  // organization named last, as 该公司 would.
  // "他还表示": a pronoun speaking is its antecedent.
  // (The source is written as the article writes it; the cues are read on the folded text.)
  const { at, words: speakerWords } = foldedSourceWords(sentence, folded, prop.attribution.text, start);
  // ("对此该公司回应称": the response frame before the speaker is not part of who speaks.)
  const bare = BARE_SPEAKER.exec(speakerWords.replace(/^(而|但|不过|然而)?(对此|就此)/, ''));
  // A pronoun subject that names its actor ("…表示，公司将…") leaves the speaker only speaking.
  const actorNamed =
    prop.subject?.kind === 'pronoun' &&
    !!resolvePronoun(prop.subject.word, offset + prop.subject.start, history, context);
  // "它随后表示", "他还称": the adverbs after the pronoun are not part of who speaks.
  const pronounSpeaker = SPEAKING_PRONOUN.exec(speakerWords)?.[1] ?? null;
  return { at, speakerWords, bare, pronounSpeaker, actorNamed };
}

/**
 * A speaker going on from before: the quoted speaker of a quotation the sentence is inside, a name
 * the article introduced, a demonstrative speaker (该负责人) pointing back. Returns the organization
 * a titled speaker speaks for, or null.
 */
function speakerGoingOn(state: SpeakerState, source: SourceWords): string | null {
  const { frame, prop, roles, give } = state;
  const { folded, history, quotedBy } = frame;
  const { bare, pronounSpeaker, speakerWords } = source;
  let titledOrg: string | null = null;
  if (quotedBy && prop.attribution.kind === 'article') {
    prop.attribution = quotedBy.attribution;
    // The organization acts in it only when the speaker speaks as it (我们, 公司): a general view
    // on its own ("“视频生成是皇冠上的明珠。”") is the person's, whom the gazetteer may not know.
    titledOrg = /我们|公司/.test(folded) ? quotedBy.org : null;
    const voice = titledOrg ?? quotedBy.attribution.entityId;
    if (voice && !roles.has(voice)) give(voice, 'mentioned');
  }
  // "周明表示", "雷军称": a name the article introduced with a title or as a founder is a person
  // speaking, though jieba did not tag it as a name.
  // (Only the name itself: "周明把…说出口" is not 周明 speaking.)
  if (prop.attribution.kind === 'unnamed' && !bare && !pronounSpeaker && history.people.isName(speakerWords))
    prop.attribution = { kind: 'person', text: prop.attribution.text };
  // "X有关负责人表示，…。该负责人指出，…": a demonstrative and a noun of a speaker (该负责人, 该人士,
  // 这位发言人) points back to the speaker named last, in this paragraph or one before.
  if (prop.attribution.kind === 'unnamed' && DEMONSTRATIVE_SPEAKER.test(speakerWords) && history.lastSpeaker) {
    prop.attribution = history.lastSpeaker.attribution;
    titledOrg = history.lastSpeaker.org;
    const voice = titledOrg ?? prop.attribution.entityId;
    if (voice && !roles.has(voice)) give(voice, 'mentioned');
  }
  return titledOrg;
}

/**
 * A bare party speaking after the topic its own sentence named ("Y，官方披露…") speaks for that
 * topic: sets the attribution, and returns whether it is so.
 */
function topicSpeaks(state: SpeakerState, source: SourceWords): boolean {
  const { frame, prop, content } = state;
  const { context } = frame;
  const { start } = content;
  const { at, bare, pronounSpeaker } = source;
  // ("Y，官方披露…", "身为龙头的X，公司方面表示…": a bare party speaking after the topic its own
  // sentence named speaks for that topic, not for a name before the sentence.)
  const topicBeforeSpeaker =
    !!bare &&
    !pronounSpeaker &&
    prop.subject?.kind === 'entity' &&
    prop.subject.start >= start &&
    prop.subject.end <= at;
  if (topicBeforeSpeaker && prop.attribution.kind === 'unnamed' && prop.subject?.kind === 'entity') {
    // (The topic speaks if it is a party; a product's official side is its maker's.)
    const id = prop.subject.ids[0]!;
    const party = ORGANIZATION_TYPES.has(context.typeOf?.(id) ?? '') ? id : context.parentOf?.(id);
    prop.attribution = { kind: 'organization', ...(party ? { entityId: party } : {}), text: prop.attribution.text };
  }
  return topicBeforeSpeaker;
}

/**
 * Who an unnamed pronoun or bare party noun speaking stands for: its antecedent (or the party of
 * the report it answers), the titled person who spoke last, a person the article introduced, or
 * someone named on the record. Sets the attribution, the speaker's role and `titled`.
 */
function speakerPointedAt(state: SpeakerState, source: SourceWords, titled: Titled): void {
  const { frame, prop, content, roles, give } = state;
  const { tokens, offset, paragraph, context, history } = frame;
  const { start } = content;
  const { at, bare, pronounSpeaker, actorNamed } = source;
  // ("对于市场传出X将裁员的消息，该公司回应称…": the company the answered report is about speaks.)
  const answered = pronounSpeaker
    ? null
    : answeredFrameParty(tokens, bare![0], at, (id) => ORGANIZATION_TYPES.has(context.typeOf?.(id) ?? ''));
  const found =
    resolvePronoun(pronounSpeaker ?? bareSpeakerPronoun(bare![1]!, bare![0]), offset + start, history, context) ??
    (answered && { id: answered.id, at: offset + answered.at, end: offset + answered.end });
  // "X执行长王明表示…。他还宣布…": 他 is the titled person who spoke last, whom the
  // gazetteer does not know; he speaks for X as he did before.
  const titledBefore =
    !found && /^(他|她)$/.test(pronounSpeaker ?? '') ? titledSpeakerBefore(offset + start, history) : null;
  // "星辰科技执行长周明…。¶他坦言，…": 他 is the person named last, whom the article introduced
  // with their organization, perhaps paragraphs before (speakers.ts).
  const introduced = !found && !titledBefore && pronounSpeaker ? history.people.pronounAt(pronounSpeaker, start) : null;
  if (found) {
    const kind = context.typeOf?.(found.id) === 'person' ? 'person' : 'organization';
    prop.attribution = { kind, entityId: found.id, text: paragraph.slice(found.at, found.end) };
    if (![...roles.values()].includes('agent') && !actorNamed) give(found.id, 'agent');
    if (!roles.has(found.id)) give(found.id, 'mentioned');
    if (found.at < offset + start) state.prefix = prefixOf(state, found);
  } else if (titledBefore) {
    prop.attribution = titledBefore.attribution;
    titled.org = titledBefore.org;
    if (titledBefore.org && !roles.has(titledBefore.org)) give(titledBefore.org, 'mentioned');
    state.prefix = titled.span = { start: titledBefore.at, end: titledBefore.end };
  } else if (introduced) {
    prop.attribution = { kind: 'person', text: prop.attribution.text };
    titled.org = introduced.org;
    if (!roles.has(introduced.org)) give(introduced.org, 'mentioned');
  } else if (speakerGoesOn(state, source)) {
    // "X执行长黄明在会上表示，…。他说：「…」": a speaking 他/她 opening its sentence, which no
    // actor or placed person stands for, is the person the gazetteer knows who spoke last — the
    // speaker going on, as a quotation after its speaker's sentence is (README: seventh session).
    const before = history.lastSpeaker!;
    const id = before.attribution.entityId!;
    prop.attribution = { kind: 'person', entityId: id, text: before.attribution.text };
    if (!roles.has(id)) give(id, 'mentioned');
    const org = before.org ?? context.parentOf?.(id) ?? null;
    // (Words said as the organization, 我们 or 本公司, are its own act: it is the agent.)
    if (org && ORGANIZATION_TYPES.has(context.typeOf?.(org) ?? '')) {
      titled.org = org;
      if (!roles.has(org)) give(org, speaksAsCompany(state.content.contentText) ? 'agent' : 'mentioned');
    }
  } else if (/^(他|她)$/.test(pronounSpeaker ?? '')) {
    // "他透露，…" with no antecedent found: 他/她 is still someone the article named (a person
    // the gazetteer does not know) speaking on the record, not an unnamed source: no hearsay.
    prop.attribution = { kind: 'person', text: prop.attribution.text };
  }
}

/** A speaking 他/她 that opens its sentence, right after a gazetteer person spoke (history.lastSpeaker). */
function speakerGoesOn(state: SpeakerState, source: SourceWords): boolean {
  const { frame, content } = state;
  const { folded, context, history } = frame;
  const before = history.lastSpeaker?.attribution;
  return (
    /^(他|她)$/.test(source.pronounSpeaker ?? '') &&
    !!before?.entityId &&
    context.typeOf?.(before.entityId) === 'person' &&
    source.at >= 0 &&
    /^[\s“”「」"]*$/.test(folded.slice(0, source.at)) &&
    content.start <= source.at
  );
}

/** A demonstrative and a classifier before an officer's organization and title: 这位, 這名, 该. */
const DEMONSTRATIVE_BEFORE_TITLE = /^(?:这|這|那)(?:位|名)|^(?:该|該)/;

/**
 * The organization a person speaking with no gazetteer name of their own is placed in: named with
 * their title in the sentence, or introduced before (speakers.ts); it gets a role (mentioned).
 */
function memberOfSpeaker(state: SpeakerState, source: SourceWords): string | null | undefined {
  const { frame, prop, content, roles, give } = state;
  const { sentence, tokens, history } = frame;
  const { start, end } = content;
  // "李彦宏强调，“…”": a named speaker whose words have no actor of their own is the agent.
  // "百度副总裁表示": an unnamed executive speaks for the organization named with the title.
  // "周明表示": a person the article introduced with their organization speaks for it (speakers.ts).
  // ("这位星辰科技掌门人说": a demonstrative before the organization points back to the officer; the
  // organization named after it is still whose officer speaks.)
  const written = prop.attribution.text.replace(DEMONSTRATIVE_BEFORE_TITLE, '');
  const memberOf =
    prop.attribution.kind === 'person' && !prop.attribution.entityId
      ? (tokens.find(
          (t) => t.entityId && t.start >= start && t.end <= end && written.startsWith(sentence.slice(t.start, t.end)),
        )?.entityId ?? history.people.orgOf(source.speakerWords))
      : undefined;
  if (memberOf && !roles.has(memberOf)) give(memberOf, 'mentioned');
  return memberOf;
}

/** The company in focus (公司, 该公司, 其…) owning a title, a department between: 公司首席财务官, 该公司欧洲公共政策主管. */
const OWNER_TITLED = new RegExp(`^(?:其|该公司|这家公司|该集团|公司)[\\u4e00-\\u9fff]{0,8}?(?:${TITLE_PATTERN})`);

/**
 * An officer whose title has no organization of its own before it (其, 该公司, or none): an officer
 * of the organization in focus, which `titled` gets (and a role, and the label, if written before).
 */
function titledOfficer(
  state: SpeakerState,
  source: SourceWords,
  memberOf: string | null | undefined,
  titled: Titled,
): void {
  const { frame, prop, content, roles, give } = state;
  const { offset, context, history } = frame;
  const { start } = content;
  const { speakerWords } = source;
  // "其首席技术官赵强表示": 其 before a title is the organization in focus, whose officer speaks.
  // ("该公司首席执行官张三表示": so is 该公司 or 这家公司 before a title; and a title with no
  // organization at all, "联合创始人兼CEO周明表示", is an officer of the company the text is about.)
  const bareTitle =
    /^(person|unnamed)$/.test(prop.attribution.kind) && !prop.attribution.entityId && LEADING_TITLE.test(speakerWords);
  // ("公司首席财务官David Zinsner解释称", "该公司欧洲公共政策主管Christine Grahn称": the definite
  // company owning the title, a department between, then a name jieba does not tag a person's —
  // a Latin one: the speaker is that officer, as unnamed as the text leaves it.)
  // ("小米方面，公司总裁…表示": an organization named before the speaker in the proposition is the one in focus.)
  const framedBy = frame.tokens.some(
    (t) =>
      t.entityId &&
      t.start >= start &&
      t.end <= source.at &&
      ORGANIZATION_TYPES.has(context.typeOf?.(t.entityId) ?? ''),
  );
  const ownerTitled =
    prop.attribution.kind === 'unnamed' && !prop.attribution.entityId && OWNER_TITLED.test(speakerWords) && !framedBy;
  const ownerPronoun =
    (prop.attribution.kind === 'person' || bareTitle || ownerTitled) &&
    !prop.attribution.entityId &&
    !memberOf &&
    (bareTitle || /^(其|该公司|这家公司|该集团)/.test(speakerWords) || (OWNER_TITLED.test(speakerWords) && !framedBy))
      ? resolvePronoun('该公司', offset + start, history, context)
      : null;
  if (ownerPronoun && (bareTitle || ownerTitled)) prop.attribution = { kind: 'person', text: prop.attribution.text };
  if (ownerPronoun) {
    titled.org = ownerPronoun.id;
    if (!roles.has(ownerPronoun.id)) give(ownerPronoun.id, 'mentioned');
    if (!state.prefix && ownerPronoun.at < offset + start) state.prefix = prefixOf(state, ownerPronoun);
  }
}

/** Whether the source speaks on the record: a person, an organization, its own filing. */
function speaksOnRecord(attribution: Attribution): boolean {
  // (A company's own filing, 据X财报, is X telling its own figures: X speaks through it.)
  return (
    attribution.kind === 'person' ||
    attribution.kind === 'organization' ||
    (attribution.kind === 'data' && /财报|年报|季报|招股书|公告/.test(attribution.text))
  );
}

/** The speaker's role in what it says: the agent, when no name of the claim acts (or only a framed one). */
function speakerRoles(state: SpeakerState, source: SourceWords, speaker: string | undefined, speaks: boolean): void {
  const { frame, prop, content, roles, give } = state;
  const { folded, tokens } = frame;
  const { start, end } = content;
  const { actorNamed } = source;
  // (A pronoun subject resolved below is that actor: "X表示，公司将…".)
  // "据X透露，Y上线后申请试用的用户远超预期": the speaker acts, Y only sets the time.
  if (speaker && speaks && roles.has(speaker) && prop.subject?.kind === 'entity' && prop.subject.framed)
    for (const id of prop.subject.ids) if (roles.get(id) === 'agent') roles.set(id, 'mentioned');
  // "张明远表示：「星辰科技的毛利率已经…」": a gazetteer person naming, in what he says, the
  // company the gazetteer places him in speaks for it: the company acts, he only speaks (README:
  // a gazetteer executive is `mentioned` when he speaks for his company, its figures and plans).
  const company = speaker && speaks && !actorNamed ? companyNamedBy(state, speaker) : null;
  if (company && ![...roles.values()].includes('agent')) roles.set(company, 'agent');
  if (
    speaker &&
    speaks &&
    roles.has(speaker) &&
    ![...roles.values()].includes('agent') &&
    !actorNamed &&
    !viewOfHisOwn(state, speaker)
  )
    give(speaker, 'agent');
  // "一位接近X的人士称，…": with no actor of its own, what the source close to X says is X's (speakers.ts).
  if (prop.attribution.kind === 'unnamed' && prop.subject?.kind !== 'pronoun')
    for (const id of closeSources(folded, tokens, start, end))
      if (roles.get(id) === 'mentioned' && ![...roles.values()].includes('agent')) roles.set(id, 'agent');
}

/**
 * "星辰科技创始人周明认为，价格战短期难以结束": a person the gazetteer lacks, speaking for the
 * organization his title or the article placed him in, who holds a view (a verb of belief) with no
 * company in it — no 我们, 公司 or 其, no name of the organization or of what it makes — speaks his
 * own mind about the world: the organization is only mentioned (README: an executive outside the
 * gazetteer makes his company `agent` "except for a general view with no company in it", dev-6,
 * dev-7, dev-11). What he says of its acts, plans or figures is still the organization's.
 */
function viewOfHisOwn(state: SpeakerState, speaker: string): boolean {
  const { frame, prop, content } = state;
  const { clauses, context } = frame;
  if (prop.attribution.kind !== 'person' || prop.attribution.entityId) return false;
  if (!prop.clauses.some((c) => clauses[c]!.type === 'attribution' && clauses[c]!.belief)) return false;
  const said = content.contentTokens;
  if (companyInWords(content.contentText, said)) return false;
  return !said.some((t) => t.entityId && (t.entityId === speaker || context.parentOf?.(t.entityId) === speaker));
}

/**
 * The company a gazetteer person speaks for (his gazetteer parent) when what he says names it
 * and nothing there acts yet (it is only mentioned: an owner, 「星辰科技的毛利率…」); else null.
 */
function companyNamedBy(state: SpeakerState, speaker: string): string | null {
  const { frame, prop, roles } = state;
  const { context } = frame;
  if (context.typeOf?.(speaker) !== 'person' || prop.attribution.entityId !== speaker) return null;
  const company = context.parentOf?.(speaker);
  if (!company || context.typeOf?.(company) !== 'company' || roles.get(company) !== 'mentioned') return null;
  return state.content.contentTokens.some((t) => t.entityId === company) ? company : null;
}
