/**
 * Titles of an organization's people: one closed class, in the folded form the extractor reads
 * (Simplified characters, lower case), with the regional words of Taiwan and Hong Kong news beside
 * the mainland's (执行长 and 行政总裁 for 首席执行官, 技术长 for 首席技术官, 财务长 for 首席财务官,
 * 营运长 for 首席运营官, 创办人 for 创始人, 董座 for 董事长). Folding turns 執行長 into 执行长, not into
 * 首席执行官, so each regional word is listed as such.
 *
 * Three kinds, because news prose treats them differently:
 * - officers lead or speak for the organization: what "X执行长" or "X发言人" says or does, X says
 *   or does (extract.ts `officerOf`), and a person introduced so speaks for X (speakers.ts);
 * - board seats (董事, 监事) put a person inside the organization, whom a later mention speaks for,
 *   but a seat does not act for it;
 * - staff (员工, 工程师, 研究员) are its members and nothing more: "X员工" is not X.
 * Every title is a member noun (cues.ts MEMBER_NOUN): a name right before it owns it ("X高管"), it
 * does not act.
 *
 * A title may be built from a modifier and a title (联合创始人, 高级副总裁, 联席CEO, 代理执行长); the
 * text pattern (TITLE_PATTERN) allows any such run, the word lists keep the common compounds whole.
 */

/** Titles of those who lead or speak for an organization. */
export const OFFICER_TITLES: readonly string[] = [
  // Its chief executive, in each region's word, and its president or general manager.
  ...['首席执行官', '执行官', '执行长', '行政总裁', 'ceo', '总裁', '副总裁', '总经理', '副总经理'],
  // Its chair.
  ...['董事长', '副董事长', '董事局主席', '董事会主席', '主席', '董座'],
  // Its founders.
  ...['创始人', '联合创始人', '创办人', '共同创办人', '创始合伙人'],
  // Its other chief officers: mainland 首席…官, Taiwan and Hong Kong …长, English initials.
  ...['首席技术官', '首席财务官', '首席运营官', '首席营运官', '首席产品官', '首席营销官', '首席信息官', '首席战略官'],
  ...['技术长', '财务长', '营运长', '行销长', '资讯长', 'cto', 'cfo', 'coo', 'cmo', 'cio'],
  // Its voice and those in charge: spokesperson, the person in charge, executives, the one at the
  // helm, a partner of a firm, and the board secretary who answers investors for a listed company.
  ...['发言人', '负责人', '高管', '掌门人', '掌舵人', '合伙人', '管理合伙人', '董秘', '董事会秘书'],
];

/** Seats on an organization's board: inside it, not acting for it. */
export const BOARD_TITLES: readonly string[] = ['董事', '执行董事', '独立董事', '非执行董事', '监事'];

/** An organization's staff: members who neither lead it nor speak for it. */
export const STAFF_TITLES: readonly string[] = [
  ...['员工', '前员工', '工程师', '研究员', '科学家', '首席科学家', '经理', '产品经理', '总监', '分析师'],
];

/** Modifiers a title is built from (联合创始人, 首席执行官, 联席CEO, 高级副总裁, 代理执行长). */
const TITLE_MODIFIER = '联合|共同|首席|联席|常务|执行|高级|资深|副|代理';

const alternation = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length).join('|');

/**
 * Titles that put a person inside the organization named before them (officers and board seats),
 * as a text pattern: any run of modifiers, then a title or a mainland chief officer (首席…官) the
 * list does not name.
 */
export const TITLE_PATTERN = `(?:${TITLE_MODIFIER})*(?:${alternation([...OFFICER_TITLES, ...BOARD_TITLES])}|首席[\\u4e00-\\u9fff]{1,3}官)`;

/** A word (token) that is an officer's title. */
export const OFFICER = new RegExp(`^(?:${alternation(OFFICER_TITLES)})$`);

/** Every title, officer, board seat or staff. */
export const ALL_TITLES: readonly string[] = [...OFFICER_TITLES, ...BOARD_TITLES, ...STAFF_TITLES];

/**
 * Any title a person holds at an organization, officer, board seat or staff (X前发言人, X联合创始人,
 * X首席科学家, X前员工), as a text pattern over folded text: modifiers, then a title.
 */
export const ANY_TITLE_PATTERN = `(?:${TITLE_MODIFIER})*(?:${alternation(ALL_TITLES)}|首席[\\u4e00-\\u9fff]{1,3}官)`;
