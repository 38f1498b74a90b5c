/**
 * Held-out sentences for the new-entity candidate finder (lib/library/candidates.ts), written
 * before its rules and never tuned on: `npx tsx scripts/candidates-eval.ts` prints precision and
 * recall on them. Do not edit an item to make the finder pass; add new items instead (and then
 * keep those held out too).
 *
 * Each item is one paragraph as a news site might print it, the names the lens already knows
 * (they must not come back as candidates) and the candidates a careful editor would propose,
 * with their type. Names are compared folded (script and case blind).
 */
import type { EntityType } from '../../lib/core/entity-type';

export interface HeldOutItem {
  text: string;
  known: string[];
  expected: Array<[name: string, type: EntityType]>;
}

export const HELD_OUT: HeldOutItem[] = [
  {
    text: '法国初创公司Mistral AI周二发布了新一代开源模型Mistral Large 2，参数规模达到1230亿。',
    known: [],
    expected: [
      ['Mistral AI', 'company'],
      ['Mistral Large 2', 'model'],
    ],
  },
  {
    text: '据The Information报道，AI搜索创业公司Perplexity正在以约90亿美元的估值进行新一轮融资。',
    known: [],
    expected: [
      ['The Information', 'company'],
      ['Perplexity', 'company'],
    ],
  },
  {
    text: 'Meta今日开源了Llama 3.1系列模型，其中最大的版本拥有4050亿参数。',
    known: ['Meta'],
    expected: [['Llama 3.1', 'model']],
  },
  {
    text: '深度求索公司发布的DeepSeek-V3在多项评测中追平了闭源模型，训练成本却不到600万美元。',
    known: [],
    expected: [
      ['深度求索', 'company'],
      ['DeepSeek-V3', 'model'],
    ],
  },
  {
    text: '月之暗面创始人兼CEO杨植麟表示，长文本是通往AGI的关键一步。',
    known: ['月之暗面'],
    expected: [['杨植麟', 'person']],
  },
  {
    text: '阶跃星辰首席科学家张祥雨在发布会上介绍了新模型的推理能力。',
    known: [],
    expected: [
      ['阶跃星辰', 'company'],
      ['张祥雨', 'person'],
    ],
  },
  {
    text: '小米集团董事长兼CEO雷军宣布，小米SU7上市首月交付量突破一万台。',
    known: ['小米'],
    expected: [
      ['雷军', 'person'],
      ['小米SU7', 'product'],
    ],
  },
  {
    text: '刘慈欣的科幻小说《三体》被改编为电视剧后，再次引发了读者的讨论。',
    known: [],
    expected: [],
  },
  {
    text: '今年「雙11」期間，各大電商平台紛紛推出AI購物助手。',
    known: [],
    expected: [],
  },
  {
    text: '越来越多的人工智能公司开始把目光投向海外市场，这家公司也不例外。',
    known: [],
    expected: [],
  },
  {
    text: '中国信通院近日发布《人工智能发展白皮书（2024年）》，对大模型产业的现状进行了梳理。',
    known: [],
    expected: [
      ['中国信通院', 'organization'],
      ['人工智能发展白皮书（2024年）', 'report'],
    ],
  },
  {
    text: '國家網信辦等七部門聯合公布《生成式人工智能服務管理暫行辦法》，自8月15日起施行。',
    known: [],
    expected: [
      ['國家網信辦', 'organization'],
      ['生成式人工智能服務管理暫行辦法', 'regulation'],
    ],
  },
  {
    text: '字节跳动旗下的“豆包”大模型日均调用量已超过4万亿tokens。',
    known: ['字节跳动'],
    expected: [['豆包', 'model']],
  },
  {
    text: '阿里巴巴将夸克App升级为AI搜索入口，并接入了通义千问大模型。',
    known: ['阿里巴巴'],
    expected: [
      ['夸克', 'product'],
      ['通义千问', 'model'],
    ],
  },
  {
    text: '红杉资本和高瓴资本均参与了本轮投资，老股东继续跟投。',
    known: [],
    expected: [
      ['红杉资本', 'company'],
      ['高瓴资本', 'company'],
    ],
  },
  {
    text: '北京智源研究院发布了新一代多模态模型Emu3，可以同时理解和生成图像、视频与文本。',
    known: [],
    expected: [
      ['智源研究院', 'organization'],
      ['Emu3', 'model'],
    ],
  },
  {
    text: 'OpenAI首席执行官萨姆·奥尔特曼在社交媒体上确认，GPT-4o将向免费用户开放。',
    known: ['OpenAI'],
    expected: [
      ['萨姆·奥尔特曼', 'person'],
      ['GPT-4o', 'model'],
    ],
  },
  {
    text: '英偉達執行長黃仁勳在Computex上展示了下一代Blackwell架構GPU。',
    known: ['英偉達'],
    expected: [
      ['黃仁勳', 'person'],
      ['Computex', 'organization'],
      ['Blackwell', 'product'],
    ],
  },
  {
    text: '台積電董事長魏哲家表示，AI相關需求強勁，先進製程產能持續吃緊。',
    known: ['台積電'],
    expected: [['魏哲家', 'person']],
  },
  {
    text: '多家科技公司正在加码算力投入，大模型的价格战仍在持续。',
    known: [],
    expected: [],
  },
  {
    text: 'Anthropic推出的Claude 3.5 Sonnet在编程任务上超过了GPT-4o。',
    known: ['GPT-4o'],
    expected: [
      ['Anthropic', 'company'],
      ['Claude 3.5 Sonnet', 'model'],
    ],
  },
  {
    text: '零一万物CEO李开复认为，今年将是AI应用爆发的一年。',
    known: ['李开复'],
    expected: [['零一万物', 'company']],
  },
  {
    text: '百川智能推出了面向医疗场景的大模型“百小应”，并同步上线了App。',
    known: [],
    expected: [
      ['百川智能', 'company'],
      ['百小应', 'product'],
    ],
  },
  {
    text: '他最喜欢的电影是《流浪地球2》，最近还在单曲循环一首叫《孤勇者》的歌。',
    known: [],
    expected: [],
  },
  {
    text: '在“百模大战”之后，行业开始讨论“新质生产力”和大模型的商业化落地。',
    known: [],
    expected: [],
  },
  {
    text: 'xAI宣布完成60亿美元B轮融资，投资方包括Andreessen Horowitz和红杉资本。',
    known: ['红杉资本'],
    expected: [
      ['xAI', 'company'],
      ['Andreessen Horowitz', 'company'],
    ],
  },
  {
    text: '谷歌DeepMind推出了视频生成模型Veo，与OpenAI的Sora正面竞争。',
    known: ['谷歌', 'OpenAI', 'Sora'],
    expected: [
      ['DeepMind', 'company'],
      ['Veo', 'model'],
    ],
  },
  {
    text: '智谱AI发布了GLM-4-Plus，并宣布其AI助手“智谱清言”已有超过2500万用户。',
    known: [],
    expected: [
      ['智谱AI', 'company'],
      ['GLM-4-Plus', 'model'],
      ['智谱清言', 'product'],
    ],
  },
  {
    text: '苹果公司在WWDC上公布了Apple Intelligence，并宣布与OpenAI合作。',
    known: ['苹果', 'OpenAI'],
    expected: [
      ['WWDC', 'organization'],
      ['Apple Intelligence', 'product'],
    ],
  },
  {
    text: '该公司的母公司去年营收增长了三成，但净利润仍为负数。',
    known: [],
    expected: [],
  },
  {
    text: '騰訊混元大模型已接入微信讀書、騰訊會議等600多個業務場景。',
    known: ['騰訊'],
    expected: [
      ['騰訊混元', 'model'],
      ['微信讀書', 'product'],
      ['騰訊會議', 'product'],
    ],
  },
  {
    text: '商汤科技联合创始人、首席科学家王晓刚将兼任绝影智能汽车业务的负责人。',
    known: [],
    expected: [
      ['商汤科技', 'company'],
      ['王晓刚', 'person'],
    ],
  },
  {
    text: '据IDC预测，到2027年中国人工智能市场规模将超过380亿美元。',
    known: [],
    expected: [['IDC', 'company']],
  },
  {
    text: '華為在開發者大會上發布了盤古大模型5.0，並宣佈鴻蒙原生應用數量已超過一萬個。',
    known: ['華為'],
    expected: [
      ['盤古大模型5.0', 'model'],
      ['鴻蒙', 'product'],
    ],
  },
  {
    text: '这款手机搭载了最新的骁龙8 Gen 3处理器，并支持端侧运行70亿参数的大模型。',
    known: [],
    expected: [['骁龙8 Gen 3', 'product']],
  },
  {
    text: '美团创始人王兴在内部信中称，公司将全力投入AI。',
    known: ['美团', '王兴'],
    expected: [],
  },
  {
    text: '斯坦福大学发布的《2024年人工智能指数报告》显示，美国在顶尖模型数量上仍然领先。',
    known: [],
    expected: [
      ['斯坦福大学', 'organization'],
      ['2024年人工智能指数报告', 'report'],
    ],
  },
  {
    text: '游戏《黑神话：悟空》上线首日销量突破450万份，成为现象级产品。',
    known: [],
    expected: [['黑神话：悟空', 'product']],
  },
  {
    text: '在一个名为「AI Pin」的新品发布后，Humane公司的估值受到了市场质疑。',
    known: [],
    expected: [
      ['AI Pin', 'product'],
      ['Humane', 'company'],
    ],
  },
  {
    text: 'Character.AI的两位创始人已回到谷歌，这笔交易被视为一种变相收购。',
    known: ['谷歌'],
    expected: [['Character.AI', 'company']],
  },
  {
    text: '快手推出的视频生成大模型可灵，已向全球用户开放会员订阅。',
    known: ['快手'],
    expected: [['可灵', 'model']],
  },
  {
    text: '分析人士指出，美国对华芯片出口管制的影响正在显现，国产GPU厂商迎来机会。',
    known: [],
    expected: [],
  },
  {
    text: '面壁智能CEO李大海介绍，MiniCPM系列端侧模型的下载量已经超过百万次。',
    known: [],
    expected: [
      ['面壁智能', 'company'],
      ['李大海', 'person'],
      ['MiniCPM', 'model'],
    ],
  },
  {
    text: '這家新創公司由前谷歌研究員創立，目前團隊僅有二十多人。',
    known: ['谷歌'],
    expected: [],
  },
  {
    text: '稚晖君创办的智元机器人发布了远征A2人形机器人，计划年内量产。',
    known: [],
    expected: [
      ['稚晖君', 'person'],
      ['智元机器人', 'company'],
      ['远征A2', 'product'],
    ],
  },
  {
    text: '他在接受采访时说：“我们不会为了融资而融资。”',
    known: [],
    expected: [],
  },
];
