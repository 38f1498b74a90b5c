/**
 * The closed vocabularies of a claim, as lists: the types come from them, and the schemas that
 * check stored claims (backup, gold files) use them too. A module of its own, so those schemas
 * do not pull the extractor into their bundles.
 */
export const CLAIM_KINDS = [
  'launch',
  'funding',
  'figure',
  'statement',
  'comparison',
  'event',
  'denial',
  'forecast',
  'opinion',
] as const;
export const MODALITIES = ['fact', 'reported', 'forecast', 'opinion', 'denied'] as const;
export const ROLES = ['agent', 'object', 'listed', 'mentioned'] as const;
export const ATTRIBUTION_KINDS = ['article', 'person', 'organization', 'unnamed', 'data'] as const;
export type ClaimKind = (typeof CLAIM_KINDS)[number];
export type Modality = (typeof MODALITIES)[number];
export type Role = (typeof ROLES)[number];

/** What a figure counts or measures: currencies (ISO codes), ratios, counted things, durations, lengths. */
export const UNITS = [
  'CNY',
  'USD',
  'EUR',
  'JPY',
  'HKD',
  'TWD',
  'GBP',
  'KRW',
  'AUD',
  'CAD',
  'SGD',
  'percent',
  /** Percentage points (增长3个百分点): a difference of percentages, not a share. */
  'percentage-points',
  'times',
  'count',
  'parameters',
  /** Tokens of text (训练数据2.6万亿tokens, 200K上下文), as most editors write them. */
  'tokens',
  'users',
  'companies',
  'models',
  'developers',
  'milliseconds',
  'seconds',
  'minutes',
  'hours',
  'days',
  'weeks',
  'months',
  'years',
  /** A process node (7纳米, 3nm), as most editors write it (dev, dev-2 wrote nanometers). */
  'nm',
  // Specifications of devices and cars, and votes: measures, not counts.
  'km',
  /** An area (3000平方公里), as editors write it. */
  'km2',
  'inches',
  'mAh',
  'pixels',
  'hertz',
  /** Power (90W快充), as editors write it. */
  'W',
  'GB',
  'TB',
  'votes',
  /** Shares sold or held (发售3.65亿股) and pages (12页), as editors write them. */
  'shares',
  'pages',
  /** A score (C-Eval上拿到58.1分): points, as editors write them. */
  'points',
  // Compute as written (units outside the list stay as the text writes them, as editors do):
  // FLOPS with its prefix is a rate, FLOPs a count of operations, TOPS a chip's integer rate.
  'FLOPS',
  'GFLOPS',
  'TFLOPS',
  'PFLOPS',
  'EFLOPS',
  'FLOPs',
  'TOPS',
  /** Revolutions per minute (转速2万转/分钟, 21000rpm). */
  'rpm',
  // Chip-making and memory, as editors write them: a fab's monthly output (每月17万片晶圆), layers
  // stacked (8层堆叠), bandwidth (每秒1.2TB).
  'wafers/month',
  'layers',
  'GB/s',
  'TB/s',
  // Power, energy and batteries, as editors of EV, battery and energy news write them: a car's or a
  // charger's power (250千瓦, 600kW), a plant's capacity (200兆瓦, 1.2GW), energy (100千瓦时, 150亿度电,
  // 50GWh), a cell's capacity (280Ah), energy density (300Wh/kg), charging rate (10C), voltage (800V).
  'kW',
  'MW',
  'GW',
  'TW',
  'Wh',
  'kWh',
  'MWh',
  'GWh',
  'TWh',
  'Ah',
  'Wh/kg',
  'C',
  'V',
  'A',
  // A clock speed (主频3.2GHz), cores (8核), storage (10PB) and compute spent (278.8万GPU小时).
  'GHz',
  'MHz',
  'cores',
  'PB',
  'GPU-hours',
] as const;
/** money, percent and quantity make a sentence a figure claim; a ratio (两倍) or a measure (48小时) does not. */
export const FIGURE_KINDS = ['money', 'percent', 'quantity', 'ratio', 'measure'] as const;
export const DATE_PRECISIONS = ['year', 'half', 'quarter', 'month', 'period', 'day'] as const;
export type Unit = (typeof UNITS)[number];
export type FigureKind = (typeof FIGURE_KINDS)[number];
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

/** Entity types of products and models: what a maker brings out. */
export const PRODUCT_TYPES: ReadonlySet<string> = new Set(['model', 'product']);
/** Entity types that make products (a person does not, for a product's claims). */
export const PRODUCT_MAKER_TYPES: ReadonlySet<string> = new Set(['company', 'organization']);

/**
 * Metrics an entity owns, by the types that own them (the first is preferred). News prose states
 * them as the subject of a clause with the owner left out when the owner is the topic of the text
 * (星辰科技公布财报。营收达52亿元；毛利率升至41%。): a closed class of financial and product
 * measures, not any noun. Written in Simplified: claims are read on folded text.
 */
export const OWNED_METRICS: ReadonlyArray<{ nouns: readonly string[]; owners: readonly string[] }> = [
  // What a business earns, spends and is worth.
  {
    nouns: [
      ...[
        '营收',
        '营业收入',
        '营业额',
        '总营收',
        '总收入',
        '收入',
        '净利润',
        '净利',
        '利润',
        '毛利率',
        '毛利',
        '净利率',
      ],
      ...['营业利润', '经营利润', '亏损', '净亏损', '现金流', '资本开支', '资本支出', '研发投入', '研发支出'],
      ...['股价', '市值', '估值', '市盈率', '市占率', '市场份额', '份额', '订单量', '交付量'],
      // A listed share's price at the open and close, and the headcount.
      ...['开盘价', '收盘价', '成交额', '成交金额', '员工总数', '员工人数'],
      // Earnings per share, basic or diluted.
      ...['每股收益', '每股盈利', '每股基本收益', '每股基本盈利', '每股摊薄收益', '每股摊薄盈利'],
      // The same measures in Taiwan and Hong Kong wording, as folded (稅後純益, 合併營收, 營益率, 純利).
      ...['合并营收', '税后纯益', '纯益', '每股纯益', '纯益率', '营业利益', '营益率', '营业利益率', '纯利', '纯利率'],
      ...['营业利润率', '经营利润率', '毛利润'],
      // Hong Kong wording for profit (股东应占溢利, 经调整溢利), as folded.
      ...['溢利'],
    ],
    owners: ['company', 'organization'],
  },
  // What a product sells and how many use it; its maker's when the product has no name of its own.
  {
    nouns: [
      ...['出货量', '销量', '销售量', '预约人数', '预约量', '下载量', '累计下载量', '访问量', '月访问量'],
      ...[
        '月活跃用户',
        '月活用户',
        '月活',
        '日活跃用户',
        '日活用户',
        '日活',
        '活跃用户',
        '用户数',
        '用户规模',
        '注册用户',
      ],
    ],
    owners: ['product', 'model', 'company', 'organization'],
  },
  // (Not prices: a price is set, and cut, by the seller, whom editors make the agent.)
  // How big a model is.
  {
    nouns: ['总参数量', '参数量', '总参数', '激活参数量', '激活参数', '参数规模', '上下文长度', '上下文窗口'],
    owners: ['model'],
  },
];

/** Entity types that never speak or predict: a model, a product, a work. */
export const THING_TYPES: ReadonlySet<string> = new Set(['model', 'product', 'work']);
