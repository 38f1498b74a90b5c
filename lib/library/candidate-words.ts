/**
 * The small word lists the new-entity candidate finder ships (it runs in the extension, so no
 * segmenter dictionary). All in Simplified, lower-case Latin: the finder compares folded text.
 * They describe how Chinese news introduces names in general (a name before 公司, a person after
 * a title, a product after 推出), never particular articles.
 */
import type { EntityType } from '../core/entity-type';

/**
 * Words that follow a name and say what it is. `keep`: the word is part of the name as usually
 * written (商汤科技, 红杉资本, 智源研究院); otherwise the name is what precedes it (深度求索公司).
 * Longest first, so 有限公司 wins over 公司.
 */
export const NAME_SUFFIXES: ReadonlyArray<{ word: string; type: EntityType; keep: boolean }> = [
  { word: '股份有限公司', type: 'company', keep: false },
  { word: '有限责任公司', type: 'company', keep: false },
  { word: '有限公司', type: 'company', keep: false },
  { word: '研究院', type: 'organization', keep: true },
  { word: '实验室', type: 'organization', keep: true },
  { word: '大模型', type: 'model', keep: false },
  { word: '公司', type: 'company', keep: false },
  { word: '集团', type: 'company', keep: false },
  { word: '科技', type: 'company', keep: true },
  { word: '资本', type: 'company', keep: true },
  { word: '基金', type: 'company', keep: true },
  { word: '模型', type: 'model', keep: false },
  { word: 'app', type: 'product', keep: false },
];

/**
 * Words that, alone or combined, make a generic phrase rather than a name: 人工智能公司,
 * 多家科技公司, 开源大模型, 视频生成模型. A stem made only of these (and digits) is not a name.
 */
export const GENERIC_WORDS: ReadonlySet<string> = new Set(
  (
    '人工智能 智能 科技 技术 互联网 网络 芯片 半导体 创业 初创 新创 上市 投资 风投 创投 基金 母 子 该 这 那 此 其 本 ' +
    '多家 两家 几家 一家 这家 那家 各家 某家 各 某 每 国内 国外 海外 全球 中国 美国 欧洲 日本 韩国 国产 国际 本土 ' +
    '大型 小型 中小 头部 领先 新兴 传统 软件 硬件 汽车 电动车 新能源 手机 云计算 云 数据 算力 开源 闭源 通用 基础 ' +
    '行业 垂直 多模态 语言 视觉 语音 图像 视频 文本 文字 推理 对话 生成 生成式 大 小 新 旧 新一代 下一代 最新 自研 ' +
    '端侧 云端 训练 预训练 商业 金融 医疗 教育 电商 游戏 社交 搜索 安全 机器人 自动驾驶 智驾 消费 电子 通信 电信 ' +
    '能源 制造 物流 咨询 研究 调研 媒体 广告 平台 服务 应用 产品 模型 公司 集团 企业 巨头 厂商 机构 独角兽 科研 ' +
    '实验 国家 政府 外资 合资 民营 国有 跨国 知名 著名 同类 相关 旗下 关联 控股 上游 下游 竞争 对手 合作 伙伴 ' +
    '这些 那些 这种 一种 任何 所有 其他 其它 自家 我们 他们 它们 数字 信息 计算 存储 代工 设计 产业 天使 早期 ' +
    '第一 第二 一个 个 家 款 种 类 级 型 化 式 性 多 少 主流 优秀 顶尖 前沿 专用 专业 开放 免费 付费 收费 底层 ' +
    '分析 管理 运营 营销 保险 银行 证券 地产 零售 出行 外卖 支付 办公 编程 代码 写作 翻译 绘画 音乐 短视频 直播 ' +
    '母公司 子公司 上市公司 大模型 小模型 基座 基座模型 世界 文生图 文生视频 图生视频 智能体 助手 ai 混合 专家 ' +
    // Nouns news uses for a kind or a part, never a name: 大厂, 部分App, 基础版, 系列, 领域.
    '大厂 厂 部分 版 系列 领域 赛道 场景 方向 阵营 玩家 ' +
    // Countries, regions and cities: 荷兰初创公司, 硅谷科技公司, 深圳科技公司.
    '英国 法国 德国 荷兰 瑞士 瑞典 芬兰 挪威 丹麦 意大利 西班牙 以色列 加拿大 印度 新加坡 澳大利亚 巴西 俄罗斯 阿联酋 ' +
    '沙特 越南 台湾 香港 欧美 亚洲 北美 南美 中东 东南亚 硅谷 本地 当地 北京 上海 深圳 杭州 广州 南京 成都 武汉'
  ).split(' '),
);

/** Function words, verbs and time words a name never contains at its start: a stem starts after them. */
export const LEFT_STOPS: readonly string[] = (
  '的 了 在 与 和 及 跟 同 由 是 对 向 从 被 将 把 为 据 称 让 给 等 如 像 或 并 而 也 又 还 都 就 已 于 ' +
  '包括 其中 推出 发布 宣布 表示 投资 收购 联合 携手 来自 成立 加入 创立 创办 使用 接入 上线 打造 开发 研发 ' +
  '以及 例如 比如 近日 日前 今天 今日 昨天 昨日 此前 目前 去年 今年 明年 一家 多家 两家 这家 该 其 个 款 ' +
  '调用 采用 基于 搭载 集成 部署 支持 直接 通过 利用 借助 依托 引入 升级 训练 推动 领投 跟投 参投 估值 ' +
  '旗下 背后 这款 一款 首款 新款'
)
  .split(' ')
  .sort((a, b) => b.length - a.length);

/** Places a legal or formal name often starts with (北京月之暗面科技有限公司): stripped from stems. */
export const PLACE_PREFIXES: readonly string[] =
  '北京 上海 深圳 杭州 广州 南京 成都 武汉 西安 苏州 合肥 天津 重庆 香港 台湾 台北 新竹 中国 美国 英国 法国 德国 日本 韩国'.split(
    ' ',
  );

/** Titles that introduce a person (创始人兼CEO陈明永, 首席科学家张三). Longest first. */
export const PERSON_TITLES: readonly string[] = (
  '联合创始人 创始人 董事长 副董事长 总裁 副总裁 高级副总裁 执行副总裁 首席执行官 首席技术官 首席运营官 首席财务官 ' +
  '首席科学家 首席产品官 首席战略官 首席信息官 首席研究员 执行长 执行董事 总经理 副总经理 合伙人 创办人 掌门人 ' +
  '董事 院长 副院长 所长 主任 负责人 总监 教授 主席 ceo cto coo cfo cso cpo'
)
  .split(' ')
  .sort((a, b) => b.length - a.length);

/** Single-character surnames (the common ones) and compound surnames, for names after a title. */
export const SURNAMES: ReadonlySet<string> = new Set([
  ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池乐钭钮'.split(
    '',
  ),
  '欧阳',
  '司马',
  '诸葛',
  '上官',
  '东方',
  '皇甫',
  '令狐',
  '慕容',
  '夏侯',
  '尉迟',
  '公孙',
  '长孙',
  '宇文',
  '司徒',
]);

/**
 * Characters that end a person's name after a title: the verbs and particles that follow a name
 * in news (张三表示, 张三在, 张三也), so 黄仁勋在 gives 黄仁勋 and 雷军宣布 gives 雷军.
 */
export const AFTER_NAME: ReadonlySet<string> = new Set(
  '在说表称的也认指透介将是曾就对向则还和与等日近今于已宣发强坦直回接更并而又从被把率带亲出同解谈所以及、，。：；！？（）“”「」《》 ,.:;!?()'.split(
    '',
  ),
);

/** Characters a name never starts with after a title (首席执行官一职, 创始人的). */
export const NOT_NAME_START: ReadonlySet<string> = new Set('一的了是在和等及们职位之所也都曾将已'.split(''));

/** Latin words that are terms, titles or units in Chinese tech news, not names on their own. */
export const LATIN_TERMS: ReadonlySet<string> = new Set(
  (
    'ai agi aigc llm llms gpu gpus cpu npu tpu asic soc api apis sdk app apps saas paas iaas ceo cto coo cfo cso cpo vp ' +
    'ipo ip b2b b2c c2c it ict iot ar vr xr mr 5g 4g 6g ev evs pc pcs tv os ui ux pr hr kpi roi gdp cpi pmi esg ' +
    'the a an and or of to in on for with by at from is are was be not all new top pro max plus mini ultra lite ' +
    'token tokens transformer agent agents chatbot prompt prompts gb tb mb kb ghz mhz nm tops pflops tflops flops ' +
    'q1 q2 q3 q4 h1 h2 a股 h股 usd rmb cn us uk eu un ok faq diy ' +
    'moe rag sft rlhf dpo cot gpt nlp cv ocr tts asr ml dl rl'
  ).split(' '),
);

/** Latin words that continue a product or model name: Llama 3.1, Claude 3.5 Sonnet, Snapdragon 8 Gen 3. */
export const VERSION_WORDS: ReadonlySet<string> = new Set(
  'pro max plus mini ultra lite turbo flash nano air gen large medium small preview beta instruct chat vision sonnet opus haiku'.split(
    ' ',
  ),
);

/** Words near a Latin name that say it is a model / product / person. */
export const MODEL_CUES: readonly string[] = ['大模型', '模型', '参数', '开源', '训练', '推理'];
export const PRODUCT_CUES: readonly string[] = [
  '手机',
  '芯片',
  '处理器',
  '汽车',
  '机器人',
  '眼镜',
  '耳机',
  '平板',
  '电脑',
  '架构',
  '系统',
  '硬件',
  '新品',
  '功能',
  '助手',
  '应用',
  'app',
];
/** Introducers that are nouns (a product, an app…): a name comes right after them, never after their 的. */
export const NOUN_INTRODUCERS: ReadonlySet<string> = new Set([
  '品牌',
  '产品',
  '应用',
  '助手',
  '大模型',
  '模型',
  '平台',
  'app',
  '芯片',
]);

/** Words before a quoted name that say it is a name (一个名为「AI Pin」的新品, 推出“豆包”). */
export const QUOTE_INTRODUCERS: readonly string[] = [
  '名为',
  '名叫',
  '叫做',
  '称为',
  '命名为',
  '推出',
  '发布',
  '上线',
  '旗下',
  ...NOUN_INTRODUCERS,
];

/** Words right after a quoted name that say what it is (“豆包”大模型, “夸克”App). */
export const QUOTE_FOLLOWERS: ReadonlyArray<{ word: string; type: EntityType }> = [
  { word: '大模型', type: 'model' },
  { word: '模型', type: 'model' },
  { word: 'app', type: 'product' },
  { word: '应用', type: 'product' },
  { word: '助手', type: 'product' },
  { word: '平台', type: 'product' },
  { word: '芯片', type: 'product' },
  { word: '系统', type: 'product' },
  { word: '机器人', type: 'product' },
  { word: '公司', type: 'company' },
  { word: '品牌', type: 'company' },
];

/** Around a 《》 title: words that make it a book, film or song (not a tech entity). */
export const WORK_CUES: readonly string[] = (
  '小说 电影 影片 电视剧 剧集 网剧 综艺 节目 纪录片 动画 动漫 漫画 歌曲 单曲 专辑 歌 书 一书 新书 著作 诗 散文 话剧 ' +
  '杂志 报纸 日报 晚报 周刊 栏目 作品 文章 社论 评论'
).split(' ');
/** Title endings that make a 《》 title a report. */
export const REPORT_ENDINGS: readonly string[] = ['报告', '白皮书', '蓝皮书', '指数', '年鉴', '调查', '预测', '榜单'];
/** Title endings that make a 《》 title a regulation (long titles only: 《孙子兵法》 is a book). */
export const REGULATION_ENDINGS: readonly string[] = [
  '办法',
  '条例',
  '规定',
  '法',
  '意见',
  '通知',
  '指引',
  '规划',
  '方案',
  '标准',
  '决定',
  '规范',
  '措施',
];
/** Words before or after a 《》 title that make it a product. */
export const TITLE_PRODUCT_CUES: readonly string[] = ['游戏', '手游', '网游', '应用', 'app', '软件'];

/**
 * Role words after an organisation's name that news uses to introduce it by what it has: its
 * founder or chief (月之暗面创始人杨植麟), what it owns (智谱华章旗下的清言). A possessor before
 * them is an organisation or a person; the finder takes it when the name's left edge is clear.
 */
export const OWNER_ROLES: readonly string[] =
  '联合创始人 创始人 创办人 董事长 首席执行官 首席科学家 首席技术官 总裁 ceo cto 旗下 子公司 母公司'.split(' ');
/** Legal forms after a name: with a clear left edge, a four-character name (深度求索公司) needs no stem rule. */
export const LEGAL_FORMS: readonly string[] = ['股份有限公司', '有限公司', '公司', '集团'];
/** What 由X… says X did to a product: made, trained, launched or runs it (由深度求索开发). */
export const MAKER_VERBS: readonly string[] =
  '开发 研发 推出 打造 训练 发布 提供 运营 出品 孵化 自研 主导 牵头 设计 创立 创办'.split(' ');
/** Kind nouns that put a name in apposition after them: 人工智能公司深度求索, 大模型独角兽月之暗面. */
export const APPOSITION_HEADS: readonly string[] = ['公司', '企业', '创企', '独角兽', '厂商', '初创团队'];
/**
 * What follows a name in apposition: a news verb or a time word (人工智能公司深度求索近日发布…).
 * A particle or 在 is not enough: 互联网公司裁员潮仍在继续 holds no name.
 */
export const APPOSITION_ENDS: readonly string[] =
  '发布 推出 宣布 表示 完成 获得 开源 上线 正式 近日 日前 今天 今日 昨天 昨日 此前 透露 介绍 回应 成立'.split(' ');
/** Words a clear left edge may follow (besides punctuation): 由X开发, 据X创始人, 与X旗下. */
export const LEFT_EDGE_WORDS: readonly string[] = ['由', '据', '与', '和', '及', '同', '跟', '对', '向', '被'];
