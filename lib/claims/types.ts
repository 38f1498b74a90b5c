/**
 * The shapes the claims extractor works with: the drafts it returns, the context and paragraph
 * carry it is given, and the clause, history, subject and investor records passed between its
 * steps.
 */
import { ATTRIBUTION_KINDS, type ClaimKind, type Modality, type Role, type Unit } from './vocabulary';
import type { DateRef, Figure } from './quantities';
import type { Segmenter, Token } from './segment';
import { ProductMakers } from './product-maker';
import { ArticlePeople } from './speakers';
import { ShortForms } from './short-forms';

export interface Attribution {
  kind: (typeof ATTRIBUTION_KINDS)[number];
  entityId?: string;
  /** As written: 据知情人士 → 知情人士; 根据PitchBook的数据 → PitchBook; '' for the article itself. */
  text: string;
}

export interface SentenceMention {
  /** Offsets within the sentence (or paragraph, for extractParagraph). */
  start: number;
  end: number;
  entityId: string;
}

export interface ClaimDraft {
  kind: ClaimKind;
  modality: Modality;
  attribution: Attribution;
  /** Offsets within the text given (sentence or paragraph). */
  start: number;
  end: number;
  /** The proposition as written; '…' joins a subject named earlier in the paragraph. */
  text: string;
  entities: Array<{ id: string; role: Role }>;
  figures: Figure[];
  dates: DateRef[];
}

export interface ExtractContext {
  articleDate: string | null;
  /** Entity type by id (company, person, model…), for pronoun agreement. */
  typeOf?: (entityId: string) => string | undefined;
  /** The group an entity belongs to (阿里云 → 阿里巴巴), which 集团 stands for. */
  parentOf?: (entityId: string) => string | undefined;
  /**
   * What the paragraph before was about, kept by the caller from one paragraph to the next of an
   * article: a paragraph opening with 这家公司 or 其 may refer to it. extractParagraph reads and
   * updates it.
   */
  carry?: ParagraphCarry;
  segmenter?: Segmenter;
  /** Dates of the article's paragraphs before this one (carryDates): what a later 次日 or 当天 goes back to. */
  earlierDates?: readonly DateRef[];
}

export interface ParagraphCarry {
  /** The last topic of the paragraph before, and its name as written there. */
  topic: { id: string; name: string } | null;
  /** Who the article's last report is from (据彭博社报道…): what a later "该报道指出" refers to. */
  report?: Attribution | null;
  /** The products the article has named and their makers (product-maker.ts). */
  products?: ProductMakers;
  /** Who the paragraph before reported a rumour about: a party that may answer it in this one. */
  rumoured?: string | null;
  /** Who that rumour's claim was about (its agents and objects): whom an answer to it denies about. */
  rumourParties?: readonly string[] | null;
  /** The people the article has introduced with their organization (speakers.ts). */
  people?: ArticlePeople;
  /** The data source whose figures the article is relaying (IDC的报告显示，…), until another source speaks. */
  dataFrame?: Attribution | null;
  /** The last named speaker (a person or an organization) so far: whom a later 该负责人 is. */
  speaker?: { attribution: Attribution; org: string | null } | null;
  /** The names the article has used that a class noun may stand for later (short-forms.ts). */
  shortForms?: ShortForms;
  /** Who the article has said launched something: the owners a launch's details may go on with. */
  launchers?: Set<string>;
  /** The last deal the article reported (X收购Y), for a later 这笔交易: its parties. */
  deal?: Deal | null;
  /** The company of the last funding round the article reported, for a later 本轮, as named there. */
  round?: { id: string; name: string } | null;
  /** The currency the article's bare 元 counts in (新台币 once a Taiwan article named it: articleCurrencyAfter). */
  currency?: Unit | null;
  /** The two parties the paragraph before ended on (A与B…), for a 双方 or 两家 opening the next. */
  pair?: ReadonlyArray<{ id: string; name: string }> | null;
}

/** A deal's parties: the acquirer (named as written) and what it acquired, if a known entity. */
interface Deal {
  agent: { id: string; name: string };
  object: string | null;
}

export interface Clause {
  start: number;
  end: number;
  tokens: Token[];
  /** aside: a comment with no name and no verb ("受众更小"), about something else. */
  type: 'time' | 'scene' | 'attribution' | 'topic' | 'content' | 'aside';
  /** Index in `tokens` where the content starts (after an inline "有消息称"). */
  from: number;
  attribution?: Attribution;
  opinion?: boolean;
  forecast?: boolean;
  /** "X就是一个例子": names what the next clause is about, and says nothing itself. */
  introduces?: boolean;
  /** 以X为例: X is the topic of what follows. */
  example?: boolean;
  /** 与X相比: a frame naming what the proposition is compared with. */
  comparison?: boolean;
  /** 即使/尽管…: a concession, which qualifies the proposition after it. */
  concessive?: boolean;
  /** A condition (若, 如果, 一旦) before the main clause: what follows is what would happen. */
  conditional?: boolean;
  /** "…，称“…”", "…，并表示…": a speech verb with no subject of its own; the proposition's subject speaks. */
  subjectSpeaks?: boolean;
  /** A medium reports it ("据X报道", "X报道称"): hearsay, whoever is named. */
  hearsay?: boolean;
  /** The source holds a belief (认为, 判断) or offers a view (研判, 比喻), rather than saying something. */
  belief?: boolean;
  /** A neutral verb of saying (表示, 指出, 说) introduces it: a view only if its words judge. */
  says?: boolean;
  /** A verb of announcing introduces it ("X宣布，…"): X makes known what it does. */
  announces?: boolean;
  /** A verb of answering a report introduces it (回应称, 澄清): an answer that plays it down denies it. */
  responds?: boolean;
  /** "该报道指出", "报道还称": the source is the report told before, whoever it was from. */
  refersToReport?: boolean;
  /** A verb of computing a figure (估算, 测算): a named estimator's figure is their view. */
  estimates?: boolean;
  /** A verb of estimating frames it (估计, 预估, 預估): of a period still running, a forecast. */
  estimator?: boolean;
  /** "从财报看": the writer reading evidence, a view of theirs unless figures are given. */
  reading?: boolean;
}

export interface History {
  /** Entities that acted (agent or object), in paragraph order, with their type. */
  actors: Array<{ id: string; at: number; end: number; role: Role }>;
  /** Paragraph offsets of person names jieba found that are not entities (他 may be one of them). */
  unknownPersons: number[];
  /** The paragraph, to tell whether two offsets are in one sentence. */
  text: string;
  /** Organization names the gazetteer lacks (unknown-parties.ts), in paragraph offsets. */
  unknownParties?: ReadonlyArray<{ start: number; end: number }>;
  /** The last proposition's agent and where its name was, for a sentence continuing it. */
  lastAgent: { id: string; start: number; end: number } | null;
  /**
   * Each sentence's topic: the subject of its first proposition (an investor excepted), where
   * its name was. A demonstrative noun phrase in a later sentence ("这家公司") refers back to it.
   */
  topics: Array<{ id: string; at: number; end: number; plural?: boolean }>;
  /** The paragraph's claims so far: kind, roles and where the agent is named, for 此举, 这笔投资. */
  claims: Array<{
    kind: ClaimKind;
    roles: Map<string, Role>;
    agent: { id: string; start: number; end: number } | null;
  }>;
  /** What the paragraph before was about, for a pronoun with no antecedent in this one. */
  before: { id: string; name: string } | null;
  /** The currency the article's bare 元 counts in (新台币 once a Taiwan article named it: articleCurrencyAfter). */
  currency?: Unit | null;
  /** The two parties the paragraph before ended on, for a 双方 or 两家 naming no one in this one. */
  pairBefore?: ReadonlyArray<{ id: string; name: string }> | null;
  /** Who spoke the last claim of the sentence before (a person or an organization), and for whom. */
  speakerBefore?: { attribution: Attribution; org: string | null } | null;
  /**
   * The sentence opens inside a quotation an earlier sentence of the paragraph opened (X表示：“A。B。”):
   * its words are still the speaker's.
   */
  insideQuote?: boolean;
  /** The last named speaker of the article so far (this paragraph or one before). */
  lastSpeaker?: { attribution: Attribution; org: string | null } | null;
  /** The last titled speaker the gazetteer does not know ("X执行长王明"), with the organization X. */
  titledSpeaker?: { attribution: Attribution; org: string | null; at: number; end: number } | null;
  /** The last sentence's hearsay (据报道, 有消息称) and who it was about, for a sentence continuing it. */
  report?: { attribution: Attribution; agent: string } | null;
  /** Who the latest hearsay of this paragraph (or the one before) is about: who may answer it. */
  rumoured: string | null;
  /** The agents and objects of that latest hearsay's claim (denials.ts). */
  rumourParties?: readonly string[] | null;
  /** Who the last report so far is from, in this paragraph or one before: "报道还称" is theirs. */
  reportSource: Attribution | null;
  /** The people the article introduced with their organization, and who was named last. */
  people: ArticlePeople;
  /** Whether the article named a product this entity makes (product-maker.ts). */
  makesProduct: (id: string) => boolean;
  /** Who the article has said launched something so far (agents of launch claims). */
  launchers: Set<string>;
  /** The article's carry, where the last deal reported is kept (ParagraphCarry.deal). */
  deals: { deal?: Deal | null; round?: ParagraphCarry['round'] };
  /**
   * The last claim of the sentence before, whose agent or object a clause opening on a metric
   * goes on about (topic-chain.ts); null when that sentence stated nothing, which breaks the chain.
   */
  chain?: { kind: ClaimKind; entities: Array<{ id: string; role: Role }> } | null;
}

/** The investors an investor clause names, and their role in the round's claim. */
export interface Investors {
  ids: string[];
  role: Role;
}

export type Subject =
  | {
      kind: 'entity';
      ids: string[];
      start: number;
      end: number;
      /** "X搭建的Y": the head noun Y of the relative clause X acts in. */
      head?: string[];
      /** "其背后是X": the pronoun whose antecedent X stands behind. */
      behind?: { word: string; start: number };
      /** "A与B合作": the counterpart 与 introduces before a verb of joint action. */
      partners?: string[];
      /** "X上线后用户数…": X only sets the time; it is what the clause is about when no one speaks for it. */
      framed?: boolean;
      /** "由X孵化的Y": the relative clause's doers were named by 由. */
      byDoer?: boolean;
      /**
       * "由X孵化的Y推出了Z", "X推出的Y上线首日…": the doers of a fronted relative clause that only
       * describes the subject, named before it; background, not actors (see `describedHead`).
       */
      described?: string[];
    }
  | { kind: 'pronoun'; word: string; start: number; end: number };

/** A subject made of names in a row (A和B, A、B). */
export type EntitySubject = Extract<Subject, { kind: 'entity' }>;

export interface Antecedent {
  id: string;
  at: number;
  end: number;
}
