/**
 * A second held-out set for the new-entity candidate finder, written for the library pipeline
 * before the finder used the segmenter's words and never tuned on (same rules as held-out.ts:
 * add items, never edit one to make the finder pass). It leans on what real news does around
 * 公司 / 科技 / 模型 / 集团 / 资本: verb phrases, measure words, adjectives and relative clauses
 * before them ("发力大模型", "一款模型", "率先下场的科技巨头") next to real names, so precision
 * on these words is measured, not assumed. Names are invented or chosen from outside the corpus.
 */
import type { HeldOutItem } from './held-out';

export const HELD_OUT_PIPELINE: HeldOutItem[] = [
  {
    text: '多家互联网巨头纷纷发力大模型，其中云帆科技率先推出了面向企业的解决方案。',
    known: [],
    expected: [['云帆科技', 'company']],
  },
  {
    text: '这是一款能够理解长视频的模型，由杭州深言科技研发。',
    known: [],
    expected: [['深言科技', 'company']],
  },
  {
    text: '率先下场的科技巨头往往占据先机，但后来者也并非没有机会。',
    known: [],
    expected: [],
  },
  {
    text: '据36氪报道，具身智能公司银河通用完成了新一轮7亿元融资，美团战投参与投资。',
    known: ['美团'],
    expected: [
      ['36氪', 'company'],
      ['银河通用', 'company'],
    ],
  },
  {
    text: '该模型在数学推理上表现突出，训练数据全部来自公开渠道。',
    known: [],
    expected: [],
  },
  {
    text: '上海人工智能实验室联合多所高校发布了书生·浦语2.5模型。',
    known: [],
    expected: [
      ['上海人工智能实验室', 'organization'],
      ['书生·浦语2.5', 'model'],
    ],
  },
  {
    text: '与其他公司不同，这家初创公司选择了从垂直领域切入。',
    known: [],
    expected: [],
  },
  {
    text: '蔚来汽车创始人李斌表示，公司自研的神玑芯片已经流片成功。',
    known: [],
    expected: [
      ['蔚来汽车', 'company'],
      ['李斌', 'person'],
      ['神玑', 'product'],
    ],
  },
  {
    text: '昨天发布的模型在多个榜单上登顶，引来不少开发者试用。',
    known: [],
    expected: [],
  },
  {
    text: '成立仅一年的新锐公司无问芯穹，已经与多家算力中心达成合作。',
    known: [],
    expected: [['无问芯穹', 'company']],
  },
  {
    text: '投资方包括启明创投、君联资本和一家不愿透露姓名的产业资本。',
    known: [],
    expected: [
      ['启明创投', 'company'],
      ['君联资本', 'company'],
    ],
  },
  {
    text: 'Runway发布了视频生成模型Gen-3 Alpha，生成的画面更加连贯。',
    known: [],
    expected: [
      ['Runway', 'company'],
      ['Gen-3 Alpha', 'model'],
    ],
  },
  {
    text: '专注于AI编程的初创公司Cursor背后是Anysphere，后者刚刚完成了新一轮融资。',
    known: [],
    expected: [
      ['Cursor', 'product'],
      ['Anysphere', 'company'],
    ],
  },
  {
    text: '这一次，他们把重心放在了多模态模型上，并计划在年底前开源。',
    known: [],
    expected: [],
  },
  {
    text: '科大讯飞董事长刘庆峰在年度发布会上表示，星火大模型将全面对标国际最先进水平。',
    known: [],
    expected: [
      ['科大讯飞', 'company'],
      ['刘庆峰', 'person'],
      ['星火', 'model'],
    ],
  },
  {
    text: '不少中小企业担心，过度依赖单一供应商的模型会带来风险。',
    known: [],
    expected: [],
  },
  {
    text: '長江存儲和長鑫科技都在擴大產能，國產記憶體的份額持續提升。',
    known: [],
    expected: [
      ['長江存儲', 'company'],
      ['長鑫科技', 'company'],
    ],
  },
  {
    text: '研究团队训练了一个只有十亿参数的小模型，效果却接近大得多的对手。',
    known: [],
    expected: [],
  },
  {
    text: '联想集团首席技术官芮勇介绍了公司在个人智能体方面的布局。',
    known: [],
    expected: [
      ['联想', 'company'],
      ['芮勇', 'person'],
    ],
  },
  {
    text: '快速迭代的模型让应用开发者疲于奔命，许多团队选择了观望。',
    known: [],
    expected: [],
  },
  {
    text: '由前阿里巴巴副总裁贾扬清创办的Lepton AI被英伟达收购。',
    known: ['阿里巴巴', '英伟达'],
    expected: [
      ['贾扬清', 'person'],
      ['Lepton AI', 'company'],
    ],
  },
  {
    text: '一些公司开始用自己的数据微调开源模型，以降低调用成本。',
    known: [],
    expected: [],
  },
  {
    text: '摩尔线程推出了新一代全功能GPU，并发布了配套的MUSA软件栈。',
    known: [],
    expected: [
      ['摩尔线程', 'company'],
      ['MUSA', 'product'],
    ],
  },
  {
    text: '宇樹科技的人形機器人在春晚舞台上表演了扭秧歌，隨後訂單大增。',
    known: [],
    expected: [['宇樹科技', 'company']],
  },
  {
    text: '面对价格战，几家头部公司相继宣布降价，最低的每百万tokens仅需一元。',
    known: [],
    expected: [],
  },
  {
    text: '生数科技与清华大学联合发布了视频大模型Vidu，可生成16秒的高清视频。',
    known: [],
    expected: [
      ['生数科技', 'company'],
      ['清华大学', 'organization'],
      ['Vidu', 'model'],
    ],
  },
  {
    text: '随着推理需求上升，云服务公司纷纷上调了GPU租赁价格。',
    known: [],
    expected: [],
  },
  {
    text: '在接受《财经》采访时，地平线创始人余凯说，智驾芯片的竞争才刚开始。',
    known: [],
    expected: [
      ['地平线', 'company'],
      ['余凯', 'person'],
    ],
  },
  {
    text: '这家成立于深圳的硬件科技公司，主要产品是面向家庭的陪伴机器人。',
    known: [],
    expected: [],
  },
  {
    text: '京东宣布推出言犀大模型，主要服务零售与物流场景。',
    known: ['京东'],
    expected: [['言犀', 'model']],
  },
];
