/**
 * A clause after ；that opens on a noun phrase of its own the gazetteer does not name: whether
 * that noun is a part of the subject before — one of its versions, plants, units or measures
 * (Pro版则换上…, 美国第一座晶圆厂已量产…, 月活跃账户数则为…; tests/claims-eval/README.md: units and
 * products outside the gazetteer stand for their owner) — or a thing of its own (恒生指数同期升约1%,
 * 两家对手则…), about which the clause says nothing of the subject before.
 */
import { isPunct, type Token } from './segment';
import { HAS_METRIC } from './topic-chain';
import { isVerb } from './words';
import type { EntitySubject } from './types';

/** Heads of a company's or product's parts: versions and models, plants, units, business lines. */
const PART_HEAD =
  /(?:版|版本|机型|型号|车型|系列|工厂|晶圆厂|厂区|新厂|门店|业务|部门|事业部|事业群|子公司|分公司|团队|实验室)$/;

/** The noun phrase a clause opens on, up to its first verb (adverbs such as 则, 也 left out). */
function leadingPhrase(tokens: Token[]): Token[] {
  const words = tokens.filter((t) => !isPunct(t) || t.word === '、');
  // (Or its first figure: 高配版本售价4999元.)
  const k = words.findIndex((t, j) => isVerb(t) || /^(d|ad|p)$/.test(t.tag) || (j > 0 && /^(m|mq)$/.test(t.tag)));
  return k < 0 ? [] : words.slice(0, k);
}

/** The clause after ；opens on a part or a measure of the subject before (see the module's comment). */
export function ownedPartLeads(tokens: Token[]): boolean {
  const phrase = leadingPhrase(tokens);
  if (!phrase.length || phrase.some((t) => t.entityId || t.word === '、')) return false;
  // (A name of its own, 恒生科技指数, 小马智行: a proper noun heads something the subject does not own.)
  if (phrase.some((t) => /^(nr|nrt|nz|nt)$/.test(t.tag))) return false;
  const text = phrase.map((t) => t.word).join('');
  // (A metric goes on as the topic chain reads it: with a figure of its own, 月活跃账户数则为5.53亿;
  // 股价随即大涨 says nothing a card can show alone.)
  return PART_HEAD.test(text) || (HAS_METRIC.test(text) && tokens.some((t) => /^(m|mq)$/.test(t.tag)));
}

/** What may follow the subject before a verb of saying or predicting in a contrast: 则, 而, 也. */
const SUBJECT_TAIL = /^(则|而|也|亦|则是|方面|同样|也将|则将)$/;

/**
 * "…，云海集团则预计今年下半年量产", "…，对手的新制程则预计…": a later clause whose verb of
 * predicting or saying (read as its frame) has a name before it, alone or owning the noun after
 * it, has a subject of its own, that name; it says the clause's own fact, not the first one's.
 */
export function speakerSubject(lead: Token[]): EntitySubject | null {
  const words = lead.filter((t) => !isPunct(t));
  const first = words[0];
  if (!first?.entityId) return null;
  let k = 1;
  // (X的N: the owner stands for its unit or product, as the editors annotate.)
  if (words[k]?.word === '的') {
    k++;
    while (words[k] && /^(n|nz|eng|m|x|a|b|vn)/.test(words[k]!.tag) && !words[k]!.entityId) k++;
    if (k === 2) return null;
  }
  // (A contrastive 则/而 marks the switch; a speaker's verb right after the name does too.)
  while (words[k] && SUBJECT_TAIL.test(words[k]!.word)) k++;
  if (k < words.length - 1) return null;
  if (!words.slice(1, k).some((t) => SUBJECT_TAIL.test(t.word) || t.word === '的')) return null;
  return { kind: 'entity', ids: [first.entityId], start: first.start, end: first.end };
}

/**
 * "流失风险高", "违规企业最高可被处以…", "留存率在50%以下": a verb right before a noun, with an
 * adverb, an adjective, a preposition or another verb after the noun, modifies it (a verb–noun
 * compound, 流失风险): the clause opens on a noun phrase of its own, not on its predicate.
 */
export function attributiveLead(tokens: Token[]): boolean {
  const words = tokens.filter((t) => !isPunct(t));
  const [verb, noun, after] = words;
  return (
    !!verb &&
    isVerb(verb) &&
    !!noun &&
    // (A nominal suffix jieba tags as it likes: 留存/率, 渗透/率.)
    (/^n/.test(noun.tag) || /^(率|量|额|数|度|性)$/.test(noun.word)) &&
    !noun.entityId &&
    !!after &&
    (/^(a|ad|d|p)$/.test(after.tag) || isVerb(after))
  );
}

/** What after 其中 only goes on with the whole just stated: its members (包括), an amount of it. */
const PART_OF_WHOLE =
  /^(包括|包含|含|有|就有|又以|以|约|約|近|超过|超過|逾|一部分|部分|大部分|相当|相當|多数|多數|大多数|大多數)/;

/**
 * "…发布两款新模型，其中Nova降价80%", "…营收增长26%，其中数据中心业务贡献226亿元", "…推出多项
 * 功能，其中「即时翻译」由Y提供": 其中 then a named part of what was just stated — a name (the
 * gazetteer's, a product name, a quoted one) or a unit of the subject (…业务, …部门) — with a
 * predicate of its own states that part's own fact, a claim of its own about the same subject.
 * Not 其中包括… (the members of the whole), nor an amount of it (其中约900亿元用于…) nor a class
 * of people or things without a name (其中研发人员占比超过八成): those read only with the whole.
 */
export function namedPartLeads(tokens: Token[], text: string): boolean {
  const words = tokens.filter((t) => !isPunct(t));
  if (words[0]?.word !== '其中' || PART_OF_WHOLE.test(text.replace(/^其中[，,]?/, ''))) return false;
  const rest = words.slice(1);
  // The part: a quoted name (其中「即时翻译」), else the words up to a name or a unit's head.
  let part = 0;
  const quoted = /^其中[“「《‘『]([^”」》’』]{1,20})[”」》’』]/.exec(text);
  if (quoted) {
    let length = 0;
    while (part < rest.length && length < quoted[1]!.length) length += rest[part++]!.word.length;
  } else {
    let k = 0;
    let head = '';
    for (; k < rest.length && k < 6; k++) {
      const t = rest[k]!;
      if (isVerb(t) || /^(m|mq|r|d|ad|p|c)$/.test(t.tag)) break;
      head += t.word;
      if (t.entityId || /^(nz|eng|nr|nrt|nt)$/.test(t.tag) || PART_HEAD.test(head)) part = k + 1;
    }
  }
  if (!part) return false;
  // Its own predicate: a verb, or a noun jieba tags for a verb of change before a figure (降价80%,
  // 贡献226亿元).
  const after = rest.slice(part);
  return after.some(isVerb) || (after.length >= 2 && /^(n|vn)$/.test(after[0]!.tag) && /^(m|mq)$/.test(after[1]!.tag));
}
