/**
 * The closed-class words of Chinese news sentences that claim extraction reads (Simplified,
 * matched on folded text). These are rules, not learned: each list is a grammatical or
 * journalistic class that is small and stable (reporting verbs, hedges, prepositions, denial
 * words), where a list is exact and a tagger is not. Open-class decisions (is this a verb, where
 * does the subject end) come from jieba's part-of-speech tags in extract.ts.
 */
import { ALL_TITLES } from './titles';

/** What a claim is about, first match wins (a denial of a launch is a denial). */
export const KIND_CUES: Array<['denial' | 'funding' | 'event' | 'launch' | 'comparison', RegExp]> = [
  // 澄清 only answers: what it says decides (澄清…与X有关 affirms), unless what it clears up is a
  // rumour (澄清相关传闻: see DENIAL_PREDICATE in extract.ts).
  ['denial', /辟谣|否认|不实|驳斥|并非事实|谣言|假消息/],
  // A valuation alone (估值达40亿美元) is a figure; the round that sets it (以…估值融资) is funding.
  ['funding', /融资|注资|领投|跟投|入股|投资|出资|募资|投了|战略投资|身影/],
  // A company bought, merged or cut is something that happened to it, not money raised
  // (after funding: "投资、收购了X和Y" is an investor's).
  ['event', /收购|并购|裁员/],
  // 宣布 says only that something was announced: the verb after it (宣布推出, 宣布裁员) decides.
  // 接入, 打造, 搭建 integrate or build; nothing new is out yet.
  // 开卖, 发售: a product going on sale is launched too, and so is one going into production or
  // shipping (量产, 投产, 出货). 发表 is how Taiwan and Hong Kong write
  // 发布 ("如期发表iPhone 15"); a speech or a paper published is kept out in extract.ts.
  [
    'launch',
    /推出|发布|发表|量产|投产|出货|上线|官宣|开启|上架|问世|登场|亮相|开源|成立|面世|开放|升级|更新|上市|落地|开卖|发售|开售/,
  ],
  [
    'comparison',
    /超过|超越|领先|落后|相当于|登顶|第一|最快|首个|首款|首次|率先|追赶|差距|不如|位居|排名|位列|榜首|之最|比肩|媲美|紧随其后/,
  ],
];

/** Reporting and speech verbs: "X 表示，…", "据 X 透露", "有消息称 …". */
export const SPEECH_VERB =
  /^(表示|指出|指|透露|强调|重申|坦言|直指|介绍|告诉|回应|回复|回覆|称|宣称|声称|说|说道|提到|直言|写道|所说|所言|曾说|认为|觉得|相信|判断|预计|预测|预期|预估|预料|料|估计|估算|测算|推算|获悉|了解到|报道|报导|显示|表明|发现|称赞|评价|谈到|提出|比喻|表态|披露|发文称|撰文称|猜测|普遍认为|一致认为|形容|坦承|质疑|批评|担忧|点评)$/;

/**
 * A speech verb that makes the words after it the speaker's view (认为, 坦言, 评价), not a fact
 * the article vouches for. The neutral verbs of saying (表示, 指出, 强调, 说) are not here: what
 * they introduce is a view only when its own words judge (OPINION_WORDS, EVALUATIVE_DEGREE) —
 * "X表示，用户已突破3亿" passes on a fact, "X表示，价值在于应用" a view. 透露, 获悉, 显示
 * report facts.
 */
// 形容 ("X形容，那是最黑暗的一天") characterises, as 比喻 does. 坦承 is 坦言 (Taiwan and Hong Kong
// write it); 质疑, 批评 and 担忧 frame what the speaker finds wrong or fears; 分析 (业内人士分析，…,
// 分析称) frames an analysis, a view (dev-4, dev-6: press or analyst analysis after the fact is `opinion`).
export const OPINION_VERB =
  /^(认为|普遍认为|一致认为|觉得|相信|判断|看来|坦言|坦承|直言|研判|比喻|评价|称赞|形容|质疑|批评|担忧|分析|解读|点评)$/;
/** The neutral verbs of saying: what they introduce is a view only when its words judge. */
export const NEUTRAL_SPEECH_VERB = /^(表示|指出|直指|强调|重申|说|说道|所说|所言|曾说|提到|写道|谈到|提出)$/;
/** A reporting verb that makes the words after it a prediction. */
// (Hong Kong and Taiwan write 料 and 预料 for 预计: 分析师料…; after a name, X料将…, X is expected to.)
export const FORECAST_VERB = /^(预计|预测|预期|预估|预料|料|估计)$/;

/** A hedge inside the clause, after its subject ("X的月活据称已超过…"): the proposition is hearsay. */
// (Hong Kong and Taiwan write 據報 and 據指; jieba cuts them 据/报: see inlineHedge in extract.ts.)
export const INLINE_HEDGE = /^(据称|据悉|据传|据说|据报道|据报导|据了解|据闻|据报|据指)$/;

/** Who says so without a name: the hedge of a rumour. */
// (外电 are the wires; a source who will not be named, 不愿具名, 匿名, is one; 消息指, 市场消息 are
// how Hong Kong writes 消息称.)
export const UNNAMED_SOURCE =
  /(?:业内|业界|行业|市场)消息|知情人士|消息人士|业内人士|业内|业界|外界|接近[^，,]{1,10}的人士|内部人士|有消息|消息称|消息指|市场消息|传闻|传出|传言|据悉|据了解|据传|据称|网传|爆料|曝出|有媒体|媒体报[道导]|报[道导]称|有报[道导]|据报[道导]|外媒|外电|不愿具名|不具名|未具名|不愿透露姓名|匿名/;
/**
 * Verbs of answering a report (回应, 澄清, 辟谣): what follows is the answer, and an answer that
 * plays the report down is a denial even without a word of denial.
 */
export const RESPONSE_VERB = /^(回应|回复|回覆|答复|澄清|辟谣|否认|驳斥|反驳)$/;
/**
 * How an answer plays a report down (folded text): the matter is "only" something ordinary (这只是
 * 一次常规测试, 双方只是正常交流, 不过是), is not so (并非如此, 并不是), is a misreading (系误读, 误解, 过度解读),
 * overstated (严重夸大), inaccurate (数字并不准确, 有误), routine (系正常的人员优化), does not exist (并无此事), or
 * never happened (公司从未与X接触, 并未收到…): an answer that says
 * flatly that what was reported did not happen contradicts it. Read only in an answer
 * (RESPONSE_VERB, or the rumoured party speaking: see answersRumour in extract.ts): "X表示，这只是开始"
 * denies nothing; 尚未 ("not yet") leaves the report open.
 */
export const PLAYS_DOWN =
  /^[^，,。；;]{0,6}?(只是|仅是|仅仅是|不过是|只不过是|仅为|纯属)|^(系|属于|属|乃|是)(正常|常规|例行)|并非|并不是|误读|误解|误传|曲解|过度解读|夸大|言过其实|并无此事|没有此事|无此事|从未|从来没有|从来没|从来不曾|从没有?|并未|并没有|并?不准确|有误/;
/**
 * A speaker denying what something was called (微软强调，这并非一桩收购), or calling it routine
 * (X称，“这只是常规的业务沟通”): a demonstrative subject and a negated copula or a play-down to the
 * ordinary, whatever verb of saying introduces it.
 */
export const DENIED_CHARACTERIZATION =
  /^[“「『"]?((这|此|此事|此举|这一(交易|合作|调整|举动))(也|则|其实|实际上)?(并非|并不是)一(桩|笔|场|项|次|起)(?![^，,。；]{0,6}(简单|普通|单纯|偶然))|(这|此|此事)(只是|仅是|不过是)(一次|一项|一场)?(常规|正常|例行|普通|日常))/;

/** A source that is data or a document, not a speaker. */
// (研报 is a broker's research note, a document as 报告 is.)
export const DATA_SOURCE = /数据|报告|研报|统计|调研|研究|榜单|白皮书|财报|年报|招股书|榜/;
/**
 * A document a source publishes (公告, 官网信息, 公开资料): with a name it is that name speaking
 * (根据X的公告: X); with none (据公告, 据公开资料) it is a record the article cites, data.
 */
export const DOCUMENT_SOURCE = /公告|资料|信息|公报|文件|官网|通报|记录/;
/** Leading words of an attribution clause ("据…报道", "根据…的数据"). */
export const ATTRIBUTION_LEAD = /^(据|根据|依据|援引|按照|来自)/;

/**
 * Words in the claim itself that make it a prediction (将 is taken only when tagged an adverb).
 * Taiwan and Hong Kong write 预估, 可望 and 料 (分析师料…) where the mainland writes 预计, 有望.
 * 拟 is not the 拟 of 拟人 ("anthropomorphic"), 拟合, 拟真, nor a drafted 拟定 (拟定于 still plans).
 * 将要 is "will" as 将会 is (jieba keeps it one word, which the 将 of `modalityOf` does not read).
 */
export const FORECAST_WORDS =
  /预计|预测|预期|预估|预料|料(?!理)|有望|可望|或将|即将|将会|将要|计划(?!书|外)|拟(?!人|合|真|态|声|物|定(?!于))|打算|将于|将在|未来|可能会|估计|势必|势将|终将|会在|目标是|目标为|目标定为|定档|有机会(?=成为|跻身|进入|拿下|夺得|超越|赶超|获得|实现|登上|问鼎)|(?:筹备|筹划|准备|规划|酝酿)中(?!的)/;
/**
 * Verbs of intent and effort toward a goal (力争, 争取, 准备, 有意, 寻求, 考虑; Taiwan's 規劃 and
 * 力拚, 力求, 酝酿 "brewing", 预定 / 預定 "scheduled to" (预定了 a booking is done); not 希望, whose hopes editors read as statements, nor 评估, which
 * mostly assesses): with a verb phrase as their complement ("力争三年内实现盈利", "有意收购X")
 * they state a plan, what is still to come, as 计划 and 打算 do. Before a noun alone ("做好准备",
 * "寻求支持") they are read as such by the caller (see `intendsTo` in extract.ts).
 */
export const INTENT_VERB = /^(力争|争取|准备|有意|寻求|谋求|考虑|筹划|筹备|意图|规划|力求|力拼|力拚|力图|酝酿|预定)$/;
/**
 * A company's guidance (财测, 展望, 营收指引, 指引为…) or budget (资本支出预算为…): its forecast of its
 * own figures, unless words judge it (财测同样亮眼 is a view of the guidance).
 */
export const GUIDANCE =
  /财测|展望|guidance|预算(为|是|介于|约为|约|达|定为)|(营收|收入|业绩|全年|季度|年度|财务)指引|指引(为|是|介于|区间)/;
/**
 * Words that make it the writer's (or a speaker's) judgement; a metaphor (好比, 犹如) is one too,
 * and so is an effect on an unnamed experiencer (令人惊叹, 让人应接不暇), and a copula that grades
 * what it links (堪称, 可谓, 称得上, 不失为). 值得 judges what it
 * grades (值得期待), not when it only points at what follows (值得一提的是, 值得注意的是: a
 * discourse marker before a fact). A summing-up (整体而言, 总的来说, 平心而论) weighs what was told,
 * and an inference (反映出, 折射出, as 证明了) reads a fact as a sign of something. The writer's regret
 * (遗憾的是, 可惜的是), a bottom line (说到底), a warning not to underrate (不容小觑), an equation
 * (无异于, 堪比, 俨然), a verdict of deserving (名副其实, 当之无愧) and of evidence (显而易见, 有目共睹,
 * 不言而喻) and of weight (举足轻重, 至关重要, 颇具) are judgements too. So are pessimism about a
 * company (唱衰, 看衰: jieba cuts them 唱/衰), what cannot be denied (无可否认, 不可否认), what ought to
 * be or urgently must be (理应, 理当, 亟需, 亟待; not 应当, which a rule's text uses for its duties, a
 * fact), a restatement (换言之), appearance (看起来, 看上去), compulsion judged (不得不, not the
 * discourse marker 不得不提), and the writer's attitude adverbs of surprise or of what was to be
 * expected (竟然, 居然, 难怪, 怪不得) and of reduction (无非, 说白了): the
 * writer's or a speaker's view, unless a forecast frames it. So is a stance that ends its clause
 * (对X充满信心, 对Y感到担忧, 乐观其成): confidence to do something (有信心在年底前完成) looks ahead instead.
 */
/**
 * A stance taken (持开放态度, 保持谨慎, 表示乐观): the holder's view, in modality (OPINION_WORDS)
 * and in kind (kind.ts), whatever its topic names.
 */
export const STANCE_TAKEN = '(?:表示|保持|持|抱)(?:乐观|悲观|谨慎|开放|观望)的?(?:态度|立场)?';
export const OPINION_WORDS = new RegExp(
  `${/令人|让人|使人|好比|犹如|宛如|仿佛|如同|我们认为|笔者认为|在我们看来|在笔者看来|我认为|认为|看来|觉得|相信|显然|无疑|或许|也许|可能|恐怕|未必|应该|意味着|说明了|可见|不难看出|不难发现|由此可见|可以看出|反映了|毫无疑问|必然|必须|不可能|不过是|才是|证明了|其实|本质上|反而|并不需要|佐证|难以|值得(?!一提|注意|关注|留意)|堪称|可谓|可说是|称得上|算得上|不失为|毋庸置疑|很大程度上|归根结底|根本原因|整体而言|总体而言|总的来说|总而言之|综合来看|整体来看|总体来看|平心而论|反映出|折射出|遗憾的是|可惜的是|说到底|不容小觑|不可小觑|无异于|堪比|俨然|名副其实|当之无愧|不言而喻|显而易见|有目共睹|大势所趋|举足轻重|至关重要|毋庸讳言|颇具|颇有[^，,。；;]{0,12}?(意味|味道|色彩|之势|之嫌)|讽刺的是|某种意义上|某种程度上|唱衰|看衰|无可否认|不可否认|理应|理当|亟需|亟须|亟待|换言之|看起来|看上去|不得不(?!提)|竟然|居然|难怪|怪不得|无非|说白了|难掩|不容乐观|(?:令|让|使)[^，,。；;]{1,6}?(?:意外|惊讶|吃惊|失望|振奋|侧目|刮目相看)|不容忽视|难言(?!之隐)|唱多|唱空|看多(?![了次少久遍])|隐忧|缺乏亮点|喜忧参半|好坏参半|处于(?:下风|上风|劣势)|(?:占据|具有|拥有)(?:明显|绝对)优势/.source}|((充满|抱有)信心|信心(十足|满满)|乐观其成|感到(乐观|悲观|担忧|担心|失望)|${STANCE_TAKEN})(?![\\u4e00-\\u9fffA-Za-z0-9])`,
);
/**
 * Words that judge rather than report, whoever says them (a whole word each): evaluative verbs
 * (看好, 欣赏, 在于 "the value lies in"), credit for a cause (这与X密不可分, 功不可没), evidential
 * adverbs of appearance and certainty (显得, 似乎, 确实), hedged predictions (恐, 难免, 注定), what
 * is left open (有待), a simile (就像), a grade of performance no figure measures (表现平平, 出色,
 * 欠佳, 可圈可点), and the metaphors of a market's standing (X是Y的主场 / 天下 /
 * 强项 / 短板 / 软肋 / 护城河).
 */
export const EVALUATIVE_WORD =
  /^(看好|不看好|看淡|看空|看衰|唱衰|欣赏|低估|高估|在于|密不可分|分不开|息息相关|功不可没|关键是|关键在于|问题在于|有待|尚待|显得|似乎|看似|貌似|确实|的确|恐|恐将|难免|注定|就像|好像|像是|不容易|并不容易|毫不逊色|说得通|不慌不忙|亮眼|抢眼|惊艳|惊人|不俗|堪忧|惨淡|凌厉|可观|瞩目|平平|平淡|出色|优异|欠佳|差强人意|可圈可点|不温不火|更重要的是|最重要的是|更关键的是|主场|天下|强项|短板|软肋|护城河)$/;
/**
 * A graded passive of reception (最受瞩目, 备受关注, 广受好评, 饱受诟病, 颇受欢迎): how others regard
 * the subject, graded by the writer, is the writer's judgement of its standing; an ungraded 受到关注
 * only reports attention.
 */
export const GRADED_RECEPTION =
  /(最|备|广|颇|深|饱|大|极|更)受[^，,。；]{0,6}?(瞩目|关注|期待|欢迎|追捧|青睐|好评|赞誉|诟病|质疑|争议|批评|冷落|推崇|重视)/;
/**
 * A degree adverb grades what follows (相当密集, 尤为突出, 非常欣赏): a gradable predicate is a
 * judgement, unless a figure in the claim measures it. 更 and 最 compare (更早, 最大) and are not here.
 */
export const DEGREE_ADVERB =
  /^(非常|十分|相当|尤为|尤其|极为|极其|颇为|颇|格外|更为|较为|最为|太|很|挺|毫不|并不|不太|不够)$/;
/**
 * Who comments without a name (分析师, 业内人士, 学者, 投资人): unlike a hedge's knowledgeable
 * source (知情人士, 接近…的人士, 据悉), their judging words are a view, not hearsay.
 */
export const COMMENTATOR = /分析|专家|学者|研究员|业内|业界|从业者|投资人|观察人士|观察家|评论|人士|法人/;
/** The public, the market or the trade as a whole (外界, 市场普遍), which estimates and judges as one. */
export const COLLECTIVE_SOURCE =
  /^(外界|市场|市场上|资本市场|舆论|行业|业界|业内|投资者|投资界)(人士)?(普遍|一致|大多|多半|大都|多|均|也|亦)*$/;
// (韩媒, 日媒, 港媒: the press of a country, no outlet named, as 外媒 is.)
export const INFORMED_SOURCE =
  /知情|消息|接近|内部|据悉|据了解|据称|据传|网传|传闻|爆料|报[道导]|媒体|外媒|[韩日美港台英德法欧陆]媒|外电|不愿具名|不愿透露姓名|匿名/;

/**
 * News outlets as Chinese tech news names them without a medium word (彭博, 路透, 日经, 36氪, 晚点,
 * 财新, The Information): a closed class of the wires and the trade press, both scripts folded. An
 * outlet speaking (日经称, 彭博指出) reports, as 据X报道 does. With a medium word (社, 日报, 时报 …)
 * or a verb of reporting after it (据X报道, X援引…) any name is an outlet: see `outletSource`.
 */
export const NEWS_OUTLET =
  /^(而|但|另|另外)?(据|根据|依据)?(英国|美国|日本|韩国|香港|台湾|科技媒体|财经媒体|媒体)?(彭博|路透|日经|共同社|美联社|法新社|韩联社|中央社|36氪|晚点|LatePost|财新|界面|澎湃|第一财经|一财|钛媒体|虎嗅|雷锋网|爱范儿|IT之家|集微网|爱集微|电子时报|DigiTimes|The Information|Bloomberg|Reuters|CNBC|BBC|CNN|Axios|TechCrunch|The Verge|Business Insider|Nikkei|Semafor)/i;
/** The last word of a news outlet's name: 彭博社, 华尔街日报, 南华早报, 新华网. */
export const OUTLET_WORD = /(通讯社|社|日报|时报|晚报|早报|周报|周刊|杂志|电视台|新闻网|新闻)$/;

/**
 * The writer, or the publication speaking as one (本报, 本刊: the editorial voice of Hong Kong and
 * Taiwan papers and magazines): what they say is the article's.
 */
export const WRITER = /^(我们|笔者|作者|小编|我|本报|本刊|本台|本网)$/;
/** The writer speaking: attribution to the article, modality opinion (本报观察 is a view too). */
export const AUTHOR_VOICE = /^(我们|笔者|作者|小编|我|本报|本刊|本台|本网)(认为|觉得|相信|看来|观察)/;

/**
 * A clause that only says when: "在 Sora 问世之后", "Sora 发布不久", "从 ChatGPT 发布到现在". (Not
 * a predicate of place or rank that ends on 后 or 前: 紧随其后, 落后, 滞后, 靠后, 最后, 幕后; 领先 /
 * 提前 / 超前 / 靠前 / 居前: "X以17%的份额紧随其后" is X's own rank, not a time.)
 */
export const TEMPORAL_END =
  /(之后|以后|(?<![背身落滞靠最幕殿]|[随隨居]其)后|以来|之前|以前|(?<![提超靠居空])前|不久|至今|到现在|到今天|如今|期间|(?<!小)时|之时|之际|当天|当时|伊始|那天|那年|开始)$/;
export const TEMPORAL_START = /^(在|自|从|自从|随着|当|早在|截至|截止|直到|等到|待)/;
/**
 * A clause that sets the scene or the topic: "在…背后", "作为…之一", "除此之外", "以…为例"; the
 * writer looking things up (翻查资料，…) only frames what the records show.
 */
export const SCENE_START =
  /^(在|对于|关于|作为|身为|至于|面对|除了|拿.{1,14}来说|从(?=.{1,20}看$)|分(?=.{1,8}看$)|具体(?=(来看|而言|来说)$)|除此之外|此外|另外|与此同时|同时|其中|以.{1,12}为例|比如|例如|譬如|而在|不仅如此|值得注意的是|值得一提的是|事实上|实际上|总之|可以说|换句话说|(令人)?遗憾的是|可惜的是|讽刺的是|说到底|归根结底|归根到底|(?:翻查|查阅|翻阅|检索)(?:公开)?(?:资料|记录)$)/;

/** Prepositions before a counterpart: 对 X 投资, 向 X 注资, 与 X 合作, 比 X 快. */
// 较, 相较: the standard of a comparison ("较去年X同期减少"; jieba tags 较 zg, not p).
export const COUNTERPART_PREPOSITION =
  /^(对|向|给|为|与|跟|同|比|较|较之|相较|相较于|替|帮|和|对于|联合|携手|用|使用|利用)$/;
/** Prepositions before a place, time or source: the entity there only sets the scene. */
export const SCENE_PREPOSITION =
  /^(在|从|自|于|据|随着|当|除了|基于|通过|借助|经过|根据|依据|按照|以|由于|因为|围绕|关于|针对)$/;
/** Words before a name that make it a type, not an actor: 类 Sora, 国产 Sora, 中文版 Sora. */
export const TYPE_PREFIX =
  /(类|类似|类似于|国产|中文版|中国版|国内版|仿|山寨|对标|平替|版|下一个|另一个|第二个|中国的|国内的|中国|国内|下一家)$/;
/**
 * Words after a name that make it a type: Sora 式, Sora 类, Sora 们, GPT-4 等级; and stocks themed
 * on it (X概念股, X题材股), which are other companies' shares.
 */
export const TYPE_SUFFIX = /^(式|类|般|们|系|味|风|级|等级|级别|概念股|概念板块|题材股|同款|平替|翻版|杀手)/;
/**
 * Nouns for the people or parts of an organization: "OpenAI员工" is not OpenAI acting. Its titles
 * are the closed class of titles.ts; the rest are those it serves, owns or speaks through.
 */
export const MEMBER_NOUN = new RegExp(
  `^(?:${[...ALL_TITLES, '用户', '股东', '投资人', '粉丝', '网友', '网民', '内部', '官方', '官网', '账号', '旗下', '背后', '身后'].join('|')})$`,
);

/**
 * Nouns for a kind of product a demonstrative makes into a phrase standing for the product named
 * before (该游戏, 这款手机, 该车型); 该作 and 这部作品 stand for a work (a game, a film, a book).
 */
const PRODUCT_NOUNS = '游戏|手游|车型|新车|手机|新机|机型|芯片|晶片|软件|系统|头显|设备';
/** A phrase ending on such a kind of product (该游戏, 这款手机). */
const ENDS_ON_PRODUCT_NOUN = new RegExp(`(${PRODUCT_NOUNS})$`);
/** 新 and a kind of product: a definite description of the product just named (新模型, 新车, 新版本). */
export const NEW_PRODUCT =
  /^新(?:模型|版本|品|产品|平台|应用|游戏|手游|车|车型|机|机型|手机|芯片|晶片|软件|系统|头显|设备)$/;
/** Pronouns and demonstrative phrases that stand for an entity named earlier. */
export const PRONOUN = new RegExp(
  `^(其|他|她|它|他们|她们|它们|该公司|该企业|该集团|该社区|该平台|该产品|该模型|该应用|该团队|该机构|这家公司|这家企业|这家大厂|这家|这家机构|这款模型|这款产品|这一模型|此|后者|前者|对方|该|(?:该|这款|该款|此款)(?:${PRODUCT_NOUNS})|(?:该|此|这部)作品?)$`,
);
/** What type of entity a pronoun can stand for (by the noun in it). */
/** What a product offers, which stands for the product: 这项功能, 该项服务, 这一特性. */
const FEATURE_WORDS = '功能|服务|特性';
export const FEATURE_NOUN = new RegExp(`^(${FEATURE_WORDS})$`);
/** A demonstrative and a feature noun, one phrase standing for the product named before. */
export const FEATURE_PHRASE = new RegExp(`^(这项|该项|这一)(${FEATURE_WORDS})$`);

export function pronounTypes(word: string): readonly string[] | null {
  if (/^(他|她)$/.test(word)) return ['person'];
  // "王小川表示，他们将…": plural 他们 is his company more often than people named before.
  if (/^(他们|她们|它们)$/.test(word)) return ['company', 'organization'];
  // "该计划", "这份报告": a policy or a document, never a company.
  // (A decision or a filing is one too: 该文件, 这份决定, 该判决.)
  if (
    /^(该|此|这|这项|这份|这一|这部|该项)(计划|行动|法案|政策|办法|条例|规定|法规|措施|规划|意见|通知|文件|决定|判决|裁决)$/.test(
      word,
    )
  )
    return ['regulation'];
  if (/^(该|此|这|这项|这份|这一|这部|该项)(报告|白皮书)$/.test(word)) return ['report', 'work'];
  // The first type noun of a phrase decides ("该公司产品" is the company): 服务商, 厂商 and
  // 初创 name a business, as 公司 does.
  const noun =
    /公司|企业|集团|大厂|这家$|机构|团队|服务商|厂商|供应商|提供商|开发商|运营商|制造商|初创|创企|独角兽|实验室|研究院|社区|平台|产品|应用|模型/.exec(
      word,
    )?.[0];
  // The classifier says it when the noun does not: 这家新创 is a business, 这款晶片 a product.
  if (!noun && /^(这|该|此)家./.test(word)) return ['company', 'organization'];
  if (!noun && /^(这|该|此)款./.test(word)) return ['product', 'model'];
  // A feature or a service is part of a product: 这项功能 stands for the product.
  if (!noun && FEATURE_PHRASE.test(word)) return ['product', 'model'];
  if (NEW_PRODUCT.test(word)) return ['product', 'model', 'work', 'company', 'organization'];
  // A product's kind (该游戏, 这款手机) or a work (该作, 这部作品) is the product named before, or,
  // when the gazetteer lacks the product, its maker, which it stands for (README).
  if (!noun && (ENDS_ON_PRODUCT_NOUN.test(word) || /^(该|此|这部)作品?$/.test(word)))
    return ['product', 'model', 'work', 'company', 'organization'];
  if (!noun) return null; // 其, 它, 此, 该: any type
  if (/社区|平台|产品|应用/.test(noun)) return ['product', 'company'];
  if (/模型/.test(noun)) return ['model'];
  // A team makes a product as often as it runs a company ("妙笔相机团队", "该团队"): it stands
  // for whichever was named, the company first.
  if (noun === '团队') return ['company', 'organization', 'product', 'model'];
  return ['company', 'organization'];
}

/** Adverbs a clause starts with when it continues the previous subject (zero anaphora). */
export const CONTINUATION =
  /^(也|还|并|又|随后|此后|更|则|便|就|已|已经|已然|正在|曾|曾经|再|再次|同样|随即|旋即|进而|从而|甚至|均|仍|依然|一直)/;
