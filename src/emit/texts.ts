import type { Lang } from './plan-types.js';

/**
 * Every word the drafts print, Chinese and English: labels for verbs, object
 * words and domains, and the sentence templates of descriptions, SKILL.md and
 * page-meta. Nothing else in src/emit writes user-facing text.
 *
 * Rules these texts follow (wechat-ai-mode.md, best practices): the first
 * sentence names the business object; say when to call and when not; IDs
 * must come from an upstream result; payment needs the user's confirmation;
 * statically guessed facts carry the "to confirm" mark.
 */

export interface Texts {
  lang: Lang;
  toConfirm: string;
  verbs: Record<string, string>;
  words: Record<string, string>;
  /** verb+object phrases that do not compose word by word. */
  phrases: Record<string, string>;
  domainTitles: Record<string, string>;
  /** Join labels of object words. */
  joinWords(labels: string[]): string;
  phrase(verb: string, object: string): string;
  openPage(title: string): string;
  list(items: string[]): string;
  alternatives(items: string[]): string;
  quote(s: string): string;
  both(a: string, b: string): string;
  titleWithQualifier(title: string, qualifier: string): string;
  fallbackTitle(label: string): string;

  // mcp.json / mcp-tools descriptions
  apiWhat(object: string, phrase: string, page: string | null, text: string | null, mark: string): string;
  whenRead(object: string): string;
  whenSearch(object: string): string;
  whenWrite(phrase: string): string;
  notRead: string;
  notWrite: string;
  notRepeat: string;
  needLogin: string;
  needLocation: string;
  isLoginApi: string;
  payment: string;
  followUp(names: string[]): string;
  // parameter descriptions
  param: {
    dataset(source: string): string;
    detail: string;
    form(source: string): string;
    query(source: string): string;
    userData(source: string): string;
    pageData(source: string): string;
    unknown(name: string): string;
    image: string;
    optionalDefault: string;
    idFrom(names: string[]): string;
    idNoInvent: string;
  };
  output: {
    response(key: string): string;
    setData(key: string): string;
    schema(object: string): string;
    unknown: string;
  };

  // SKILL.md
  sections: { scenarios: string; outOfScope: string; prerequisites: string; order: string };
  positioning(app: string | null, phrases: string[]): string;
  utterances: Record<'read' | 'search' | 'write' | 'pay', readonly ((p: string, o: string) => string)[]>;
  outOfScopeLine(phrases: string[], title: string): string;
  loginLine(phrases: string[]): string;
  locationLine: string;
  orderData(a: string, b: string, obj: string): string;
  orderCross(a: string, b: string, title: string): string;
  orderNav(a: string, b: string): string;

  // page-meta.json
  pageName(words: string[]): string;
  pageDescription(name: string, parts: { loads: string | null; actions: string[]; goes: string[]; inferred: boolean }): string;
  queryParam(name: string, provider: string | null, optional: boolean): string;
}

const ZH_WORDS: Record<string, string> = {
  goods: '商品', detail: '详情', list: '列表', cart: '购物车', order: '订单', address: '地址', coupon: '优惠券', store: '门店', drink: '饮品',
  menu: '菜单', booking: '预约', user: '用户', member: '会员', center: '中心', profile: '资料', info: '信息', home: '首页', data: '数据',
  category: '分类', catalog: '分类', search: '搜索', history: '历史', hot: '热门', banner: '轮播图', notice: '公告', comment: '评价', favorite: '收藏',
  pay: '支付', payment: '支付', nearby: '附近', spec: '规格', sku: '规格', item: '条目', count: '数量', total: '合计', price: '价格', status: '状态',
  confirm: '确认', result: '结果', success: '成功', service: '服务', slot: '时段', schedule: '排期', room: '房间', seat: '座位', ticket: '票',
  doctor: '医生', record: '记录', point: '积分', level: '等级', vip: '会员', setting: '设置', login: '登录', register: '注册', phone: '手机号',
  code: '验证码', feedback: '反馈', article: '文章', news: '资讯', topic: '话题', video: '视频', course: '课程', message: '消息', invoice: '发票',
  refund: '退款', express: '物流', delivery: '配送', logistics: '物流', region: '地区', city: '城市', brand: '品牌', recommend: '推荐',
  checkout: '结算', prepay: '预支付', auth: '授权', account: '账户', wallet: '钱包', balance: '余额', recharge: '充值',
  share: '分享', activity: '活动', shop: '店铺', table: '桌台', queue: '排队', venue: '场馆', court: '场地', time: '时间', date: '日期',
  page: '页面', action: '操作', draft: '草稿', suggestion: '联想词', about: '关于', help: '帮助', contact: '联系', notification: '通知', current: '当前', new: '最新', related: '相关', fast: '快速', default: '默认', latest: '最新', all: '全部', preview: '预览', avatar: '头像', receipt: '收货', keyword: '关键词', suggest: '联想词', type: '类型', tag: '标签', image: '图片',
  file: '文件', review: '评价', rate: '评分', stock: '库存', arrival: '到店', pickup: '自提', queueing: '排队', sign: '签到', mine: '我的',
};

const EN_WORDS: Record<string, string> = { sku: 'SKU', info: 'info', home: 'home page', catalog: 'catalogue', vip: 'VIP' };

const ZH_VERBS: Record<string, string> = {
  get: '查看', search: '搜索', add: '添加', create: '创建', submit: '提交', update: '修改', save: '保存', delete: '删除', clear: '清空',
  cancel: '取消', confirm: '确认', pay: '支付', checkout: '结算', book: '预约', login: '登录', logout: '退出登录', register: '注册',
  collect: '收藏', follow: '关注', like: '点赞', claim: '领取', apply: '申请', upload: '上传', bind: '绑定', send: '发送', refund: '申请退款',
  sign: '签到', rate: '评价', buy: '购买', redeem: '兑换', select: '选择', join: '加入', count: '统计', share: '分享',
};

const EN_VERBS: Record<string, string> = { get: 'view', checkout: 'check out', refund: 'request a refund for', sign: 'check in to', count: 'count' };

const ZH_DOMAINS: Record<string, string> = {
  pay: '支付', cart: '购物车', order: '订单', address: '收货地址', booking: '预约', coupon: '优惠券与活动', store: '门店', search: '搜索',
  goods: '商品浏览', content: '内容资讯', user: '账户与会员', general: '通用功能', app: '全部功能',
};
const EN_DOMAINS: Record<string, string> = {
  pay: 'Payment', cart: 'Shopping cart', order: 'Orders', address: 'Addresses', booking: 'Bookings', coupon: 'Coupons & promotions',
  store: 'Stores', search: 'Search', goods: 'Browse goods', content: 'Content', user: 'Account & membership', general: 'General', app: 'All features',
};

const isAscii = (s: string) => /^[\x20-\x7e]+$/.test(s);

const zh: Texts = {
  lang: 'zh',
  toConfirm: '【待确认】',
  verbs: ZH_VERBS,
  words: ZH_WORDS,
  phrases: { 'add cart': '加入购物车', 'get home data': '查看首页内容', 'submit order': '提交订单', 'pay order': '支付订单', 'get page': '查看页面内容' },
  domainTitles: ZH_DOMAINS,
  joinWords: (ls) => ls.reduce((acc, l, i) => acc + (i > 0 && isAscii(l) && isAscii(ls[i - 1]!) ? ' ' : '') + l, ''),
  phrase: (v, o) => `${v}${o}`,
  openPage: (title) => `打开${title}页`,
  list: (xs) => xs.join('、'),
  alternatives: (xs) => xs.join('或'),
  quote: (s) => `「${s}」`,
  both: (a, b) => (a.includes('与') || b.includes('与') ? `${a}、${b}` : `${a}与${b}`),
  titleWithQualifier: (t, q) => `${t}（${q}）`,
  fallbackTitle: (l) => `${l}相关功能`,

  apiWhat: (o, p, page, text, mark) => `${o ? `${o}：` : ''}${p}${page || text ? `（对应${page ? `「${page}」页` : '页面'}${text ? `上的「${text}」` : ''}）` : ''}${mark}。`,
  whenRead: (o) => `用户想了解${o}时调用。`,
  whenSearch: (o) => `用户想按关键词或条件查找${o}时调用。`,
  whenWrite: (p) => `仅在用户明确要求${p}时调用。`,
  notRead: '只用于查询，不会修改任何数据；不要用它完成下单、修改等操作。',
  notWrite: '用户只是浏览或咨询时不要调用。',
  notRepeat: '不要重复调用，以免重复提交。',
  needLogin: '调用前用户须已登录。',
  needLocation: '需要用户授权获取位置信息。',
  isLoginApi: '用于完成用户登录，其他需要登录的操作之前调用。',
  payment: '涉及支付：调用前必须先向用户展示订单内容和金额并得到用户明确确认；不要并发或重复调用；只有本接口返回成功后才能告诉用户支付成功。',
  followUp: (ns) => `成功后通常继续调用 ${ns.join('、')}。`,
  param: {
    dataset: (s) => `用户在页面上选中的条目的 ${s}`,
    detail: '用户在页面上输入或选择的值',
    form: (s) => `用户在表单字段「${s}」中填写的内容`,
    query: (s) => `打开页面时传入的参数 ${s}`,
    userData: (s) => `用户在页面上选择或填写的值（页面数据 ${s}）`,
    pageData: (s) => `页面当前展示数据中的 ${s}`,
    unknown: (n) => `请求参数 ${n}，来源未能静态确定【待确认】`,
    image: '图片文件路径',
    optionalDefault: '可省略，页面有默认值',
    idFrom: (ns) => `必须来自 ${ns.join(' 或 ')} 的返回结果，不要编造`,
    idNoInvent: '必须使用之前查询结果中的真实值，不要编造',
  },
  output: {
    response: (k) => `接口返回的 ${k}（静态推断，未经运行时验证）【待确认】`,
    setData: (k) => `页面展示用的 ${k}（由页面代码写入，静态推断）【待确认】`,
    schema: (o) => `${o}的结果；字段由静态分析推断，需运行时确认【待确认】`,
    unknown: '返回字段未能静态确定，需运行时探测【待确认】',
  },

  sections: { scenarios: '触发场景', outOfScope: '不适用范围', prerequisites: '前置条件', order: '使用顺序' },
  positioning: (app, ps) => `帮助用户${app ? `在「${app}」中` : ''}${ps.join('、')}。`,
  utterances: {
    read: [(_p, o) => `我想看看${o}`, (_p, o) => `${o}有哪些？`, (p) => `帮我${p}`],
    search: [(_p, o) => `帮我找一下${o}`, (_p, o) => `有没有合适的${o}？`, (p) => `我想${p}`],
    write: [(p) => `帮我${p}`, (p) => `我要${p}`, (p) => `能不能${p}？`],
    pay: [(p) => `帮我${p}`, () => '我要付款', () => '这单怎么付钱？'],
  },
  outOfScopeLine: (ps, t) => `- ${ps.join('、')}：请使用「${t}」。`,
  loginLine: (ps) => `- 用户须已登录：${ps.join('、')}需要登录状态。`,
  locationLine: '- 需要用户授权位置信息。',
  orderData: (a, b, obj) => `- 先${a}，得到${obj}后才能${b}。`,
  orderCross: (a, b, t) => `- ${b}前需要先在「${t}」中${a}。`,
  orderNav: (a, b) => `- 通常在${a}之后再${b}。`,

  pageName: (ws) => zh.joinWords(ws.map((w) => ZH_WORDS[w] ?? w)) || '页面',
  pageDescription: (name, p) =>
    [
      /页面?$/.test(name) ? `${name}。` : `${name}页面。`,
      p.loads ? `打开时加载${p.loads}。` : '',
      p.actions.length ? `可以${p.actions.join('、')}。` : '',
      p.goes.length ? `可前往${p.goes.join('、')}。` : '',
      p.inferred ? '（页面名称由路由推断【待确认】）' : '',
    ].join(''),
  queryParam: (n, prov, opt) => `打开页面时传入的 ${n}${prov ? `，取自${prov}的结果` : ''}${opt ? '，可省略' : ''}`,
};

const cap = (s: string) => (s ? s[0]!.toUpperCase() + s.slice(1) : s);

const en: Texts = {
  lang: 'en',
  toConfirm: '[to confirm]',
  verbs: EN_VERBS,
  words: EN_WORDS,
  phrases: { 'add cart': 'add to cart', 'get home data': 'view the home page', 'get page': 'view the page' },
  domainTitles: EN_DOMAINS,
  joinWords: (ls) => ls.join(' '),
  phrase: (v, o) => `${v} ${o}`.trim(),
  openPage: (title) => `open the "${title}" page`,
  list: (xs) => xs.join(', '),
  alternatives: (xs) => xs.join(' or '),
  quote: (s) => `"${s}"`,
  both: (a, b) => `${a} & ${b[0]!.toLowerCase()}${b.slice(1)}`,
  titleWithQualifier: (t, q) => `${t} (${q})`,
  fallbackTitle: (l) => cap(l),

  apiWhat: (o, p, page, text, mark) =>
    `${o ? `${cap(o)}: ${p}` : cap(p)}${page || text ? ` (${text ? `"${text}" on ` : ''}${page ? `the "${page}" page` : 'the page'})` : ''}${mark ? ' ' + mark : ''}.`,
  whenRead: (o) => `Call when the user wants to know about ${o}.`,
  whenSearch: (o) => `Call when the user wants to find ${o} by keyword or filter.`,
  whenWrite: (p) => `Call only when the user explicitly asks to ${p}.`,
  notRead: 'Read-only; do not use it to place orders or change anything.',
  notWrite: 'Do not call it while the user is only browsing or asking questions.',
  notRepeat: 'Do not call it twice for the same request.',
  needLogin: 'The user must be logged in.',
  needLocation: "Needs the user's permission to read their location.",
  isLoginApi: 'Logs the user in; call it before actions that need a login.',
  payment:
    'Payment: before calling, show the user the order and amount and get their explicit confirmation; never call it concurrently or twice; tell the user the payment succeeded only after this call returns success.',
  followUp: (ns) => `Usually followed by ${ns.join(', ')}.`,
  param: {
    dataset: (s) => `The ${s} of the item the user picked on the page`,
    detail: 'The value the user typed or picked on the page',
    form: (s) => `What the user entered in the form field "${s}"`,
    query: (s) => `The page parameter ${s} given when the page opens`,
    userData: (s) => `What the user picked or entered on the page (page data ${s})`,
    pageData: (s) => `The ${s} shown on the page`,
    unknown: (n) => `Request parameter ${n}; its source could not be determined statically [to confirm]`,
    image: 'Path of an image file',
    optionalDefault: 'optional, the page has a default',
    idFrom: (ns) => `must come from the result of ${ns.join(' or ')}; never invent it`,
    idNoInvent: 'must be a real value from an earlier result; never invent it',
  },
  output: {
    response: (k) => `${k} returned by the backend (statically inferred, not verified at run time) [to confirm]`,
    setData: (k) => `${k} shown on the page (written by the page code, statically inferred) [to confirm]`,
    schema: (o) => `Result about ${o}; fields inferred statically, to be confirmed at run time [to confirm]`,
    unknown: 'The returned fields could not be determined statically; probe at run time [to confirm]',
  },

  sections: { scenarios: 'Trigger scenarios', outOfScope: 'Out of scope', prerequisites: 'Prerequisites', order: 'Order of use' },
  positioning: (app, ps) => `Lets the user ${ps.join(', ')}${app ? ` in ${app}` : ''}.`,
  utterances: {
    read: [(_p, o) => `Show me the ${o}`, (_p, o) => `What ${o} is there?`, (p) => `Help me ${p}`],
    search: [(_p, o) => `Find ${o} for me`, (_p, o) => `Is there any ${o} that fits?`, (p) => `I want to ${p}`],
    write: [(p) => `Help me ${p}`, (p) => `I want to ${p}`, (p) => `Can you ${p}?`],
    pay: [(p) => `Help me ${p}`, () => 'I want to pay', () => 'How do I pay for this order?'],
  },
  outOfScopeLine: (ps, t) => `- ${cap(ps.join(', '))}: use "${t}".`,
  loginLine: (ps) => `- The user must be logged in to ${ps.join(', ')}.`,
  locationLine: "- Needs the user's permission to read their location.",
  orderData: (a, b, obj) => `- ${cap(a)} first: ${b} needs the ${obj} it returns.`,
  orderCross: (a, b, t) => `- Before you ${b}, ${a} in "${t}".`,
  orderNav: (a, b) => `- Usually ${a} before you ${b}.`,

  pageName: (ws) => cap(ws.map((w) => EN_WORDS[w] ?? w).join(' ')) || 'Page',
  pageDescription: (name, p) =>
    [
      `${name} page.`,
      p.loads ? ` Loads ${p.loads} when opened.` : '',
      p.actions.length ? ` Lets the user: ${p.actions.join(', ')}.` : '',
      p.goes.length ? ` Leads to ${p.goes.join(', ')}.` : '',
      p.inferred ? ' (name inferred from the route [to confirm])' : '',
    ].join(''),
  queryParam: (n, prov, opt) => `The ${n} given when the page opens${prov ? `, taken from the result of ${prov}` : ''}${opt ? '; optional' : ''}`,
};

export const TEXTS: Record<Lang, Texts> = { zh, en };

/** Business words the texts have a label for (others are identifiers, not worth printing as a noun). */
export const KNOWN_WORDS: ReadonlySet<string> = new Set(Object.keys(ZH_WORDS));
