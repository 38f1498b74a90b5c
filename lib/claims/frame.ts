/**
 * The shared shapes of the sentence-level extractor's steps (sentence.ts): what is fixed for one
 * sentence, and a proposition, the unit its clauses are grouped into and each claim is drafted from.
 */
import type { Figure, DateRef } from './quantities';
import type { Token } from './segment';
import type { MetricLead } from './topic-chain';
import type { Attribution, Clause, EntitySubject, ExtractContext, History, Investors, Subject } from './types';

/** What is fixed while one sentence is read: its text, words, figures, dates and clauses, and the context. */
export interface SentenceFrame {
  sentence: string;
  /** The sentence in simplified script, character for character (what the rules' words match). */
  folded: string;
  tokens: Token[];
  /** Where the sentence starts in its paragraph. */
  offset: number;
  paragraph: string;
  context: ExtractContext;
  /** What earlier sentences left (names, topics, speakers); the steps read and update it. */
  history: History;
  figures: Figure[];
  dates: DateRef[];
  clauses: Clause[];
  /** The speaker a sentence that is only a quotation goes on quoting ("他表示，…。“我们会…”"). */
  quotedBy: History['speakerBefore'] | null;
  /** What the sentence before stated, for a metric this one opens on. */
  chainBefore: History['chain'] | null;
}

/**
 * A proposition: the clauses of a sentence that state one claim (its content clauses, and the
 * frames, speakers and asides around them), with what grouping found of its subject and voice.
 * Grouping (propositions.ts) builds them in order; drafting (drafting.ts) turns each into a claim.
 */
export interface Prop {
  clauses: number[];
  content: number[];
  subject: Subject | null;
  extraAgents: string[];
  attribution: Attribution;
  opinion: boolean;
  forecast: boolean;
  hasScene: boolean;
  /** Clauses that only continue an enumeration ("…，系统负责人C，以及D"). */
  tail: number[];
  /** A subject enumerated over several clauses ("A、B、C，以及D，都…"): its members are listed. */
  listedSubject: string[];
  /** The subject of the proposition before, which this one goes on about (zero anaphora). */
  carried?: EntitySubject | null;
  /** Investors named joined it ("…，Y领投", "A、B、C等参投"): the round's company is the object. */
  backed?: boolean;
  /** The investor clauses joined to it, whose names take the role their number gives them. */
  investors: Investors[];
  /** Its subject is also who says it ("X发布内部信，称…"). */
  subjectSpeaks: boolean;
  /** It opens with a speech verb and a subject of its own ("…，称Y…"): who spoke before says it. */
  previousSpeaks?: boolean;
  /** It answers a report (X回应称，…): its clauses are one answer, a denial if they play it down. */
  responds: boolean;
  /** It opens on a metric with its owner left out ("…；毛利率升至41%"): the topic owns it. */
  metric?: MetricLead | null;
  /**
   * It is a serial predicate cut off the proposition before, with no subject of its own ("X宣布将收购Y，
   * 组建Z"): it goes on under that one's speaker and its "will" (drafting.ts).
   */
  serial?: boolean;
  /** It is a second act at the same time as the one before (…，同时对Y处以…): that act's date is its own. */
  simultaneous?: boolean;
  /**
   * It opens after a semicolon outside quotation marks, with no subject of its own ("…；研发开支为
   * 202.5亿元"): it reads the topic as a sentence after 。 would, here the subject of the claim before.
   */
  afterSemicolon?: boolean;
  /**
   * It opens after a semicolon on a generic class or a market index (创业板指数, 违规企业): about that
   * noun, it takes no owner or subject from the topic.
   */
  ownTopicAfterSemicolon?: boolean;
}
