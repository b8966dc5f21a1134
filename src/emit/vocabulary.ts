/**
 * Domain knowledge the draft emitters read identifiers with: which words are
 * verbs, which are noise, which business domain a word belongs to, what a
 * Chinese button text means. Data only — adding support for a new word means
 * adding a row here, never a branch elsewhere. All words are lower-case,
 * singular (see `singular()` in words.ts).
 *
 * Output wording (Chinese/English labels) lives in texts.ts, not here.
 */

/** Canonical verbs and the identifier words that mean them. */
export const VERB_SYNONYMS: Record<string, readonly string[]> = {
  get: ['get', 'load', 'fetch', 'query', 'init', 'refresh', 'read', 'view', 'show', 'find', 'obtain', 'request', 'reload', 'more'],
  search: ['search', 'filter', 'lookup', 'suggest'],
  add: ['add', 'append', 'insert', 'plus', 'increase'],
  create: ['create', 'new', 'place', 'make', 'generate', 'build'],
  submit: ['submit', 'commit', 'post', 'publish'],
  update: ['update', 'edit', 'modify', 'change', 'set', 'patch', 'minus', 'decrease'],
  save: ['save'],
  delete: ['delete', 'del', 'remove', 'rm', 'drop'],
  clear: ['clear', 'empty', 'reset'],
  cancel: ['cancel', 'revoke', 'withdraw', 'close'],
  confirm: ['confirm', 'verify', 'check', 'finish', 'complete'],
  pay: ['pay', 'prepay', 'repay', 'topup', 'recharge'],
  checkout: ['checkout', 'settle', 'settlement'],
  book: ['book', 'reserve', 'appoint'],
  login: ['login', 'signin', 'logon', 'authorize'],
  logout: ['logout', 'signout', 'exit', 'quit'],
  register: ['register', 'signup'],
  collect: ['collect', 'favorite', 'favourite', 'favor', 'fav', 'star'],
  follow: ['follow', 'subscribe'],
  like: ['like', 'thumb', 'praise', 'upvote'],
  claim: ['claim', 'receive', 'grab', 'draw'],
  apply: ['apply'],
  upload: ['upload'],
  download: ['download'],
  bind: ['bind', 'link'],
  send: ['send'],
  refund: ['refund'],
  sign: ['sign', 'checkin'],
  rate: ['rate', 'evaluate', 'review', 'score'],
  buy: ['buy', 'purchase'],
  redeem: ['redeem', 'exchange'],
  select: ['select', 'choose', 'pick', 'switch', 'toggle'],
  join: ['join', 'enroll'],
  count: ['count'],
  share: ['share'],
};

/** word → canonical verb, built from VERB_SYNONYMS. */
export const VERB_OF: ReadonlyMap<string, string> = new Map(
  Object.entries(VERB_SYNONYMS).flatMap(([verb, words]) => words.map((w) => [w, verb] as const)),
);

/** Generic verbs: when an identifier has a business verb too (`addCollectOrNot`, `toggleFavorite`), that one names the action. */
export const GENERIC_VERBS: ReadonlySet<string> = new Set(['get', 'add', 'create', 'update', 'delete', 'save', 'select']);

/** Verbs whose API only reads (used for naming defaults and read-only hints of cloud functions by name). */
export const READ_VERBS: ReadonlySet<string> = new Set(['get', 'search', 'count']);

/** Handler-name words that carry no meaning (`onTapAddCart`, `handleSubmit`). */
export const HANDLER_NOISE: ReadonlySet<string> = new Set([
  'on', 'handle', 'handler', 'bind', 'catch', 'tap', 'click', 'do', 'to', 'go', 'btn', 'button', 'event', 'fn', 'e', 'func', 'action', 'press', 'long', 'touch', 'input', 'blur', 'focus',
]);

/** Words in URLs, cloud function names and routes that name no business object. */
export const OBJECT_NOISE: ReadonlySet<string> = new Set([
  'api', 'apis', 'wx', 'wxa', 'wxapp', 'weapp', 'mini', 'miniapp', 'miniprogram', 'mp', 'app', 'applet', 'do', 'action', 'json', 'php', 'html', 'htm', 'jsp', 'aspx', 'rest', 'open', 'public', 'common', 'service', 'server', 'gateway', 'http', 'https', 'www', 'com', 'cn', 'net', 'org', 'io', 'example', 'localhost', 'pages', 'page', 'by', 'id', 'of', 'the', 'a', 'an', 'and', 'for', 'from', 'with', 'in', 'v', 'index', 'main', 'default', 'handler', 'func', 'function', 'cloud', 'fn', 'module', 'modules', 'sub', 'pkg', 'component', 'comp', 'auth', 'oauth', 'passport', 'sns', 'weixin', 'wechat', 'or', 'not', 'storage', 'oss', 'cos', 'cdn', 'pdf', 'png', 'jpg', 'jpeg', 'gif', 'webp', 'mp3', 'mp4', 'doc', 'docx', 'xls', 'xlsx', 'zip', 'txt', 'csv',
]);

/** Route / URL words replaced by a canonical form before naming (`mine` → `user center`). */
export const WORD_ALIASES: Record<string, readonly string[]> = {
  product: ['goods'], commodity: ['goods'], good: ['goods'], spu: ['goods'], sku: ['sku'],
  mine: ['user', 'center'], my: ['user'], me: ['user'], ucenter: ['user', 'center'], usercenter: ['user', 'center'], personal: ['user'],
  home: ['home'], shop: ['store'], shops: ['store'], info: ['info'], detail: ['detail'], details: ['detail'],
  trade: ['order'], orderlist: ['order', 'list'], goodslist: ['goods', 'list'], cartlist: ['cart', 'list'],
  appointment: ['booking'], reservation: ['booking'], favorites: ['favorite'], addr: ['address'], bill: ['order'],
  nearby: ['nearby'], cate: ['category'], categories: ['category'], helper: ['suggestion'], checked: ['select'], addresses: ['address'],
};

/**
 * Words glued without case in URLs (`addordelete`, `fastadd`,
 * `clearhistory`) are split into known words: verbs, these nouns and
 * connectors. A split must cover the whole word.
 */
export const COMPOUND_PARTS: ReadonlySet<string> = new Set([
  'or', 'and', 'by', 'fast', 'quick', 'all', 'my', 'hot', 'new', 'goods', 'cart', 'order', 'address', 'coupon', 'store', 'user', 'history',
  'keyword', 'list', 'detail', 'info', 'index', 'count', 'status', 'comment', 'collect', 'favorite', 'category', 'catalog', 'brand', 'topic',
  'weixin', 'wx', 'phone', 'mobile', 'code', 'token', 'session', 'booking', 'slot', 'member', 'point', 'product', 'item', 'sku', 'spec',
]);

/** Route words that mean "the home page" (index/index). */
export const HOME_WORDS: ReadonlySet<string> = new Set(['index', 'home', 'main', 'homepage']);

/** Lifecycle hooks: entry hooks load the page; refresh hooks reload it (folded into the entry); the rest are ignored. */
export const ENTRY_HOOKS: ReadonlySet<string> = new Set(['onLoad', 'onShow', 'onReady', 'attached', 'ready', 'created', 'show']);
export const REFRESH_HOOKS: ReadonlySet<string> = new Set(['onPullDownRefresh', 'onReachBottom']);
export const IGNORED_HOOKS: ReadonlySet<string> = new Set([
  'onHide', 'onUnload', 'onShareAppMessage', 'onShareTimeline', 'onAddToFavorites', 'onPageScroll', 'onResize', 'onTabItemTap', 'onSaveExitState', 'detached', 'moved', 'hide', 'resize', 'error', 'onError',
]);

/**
 * Business domains used to group APIs into skills, in priority order (ties go
 * to the earlier row). `words` match identifier words; `zh` match Chinese
 * text (button texts, titles).
 */
export interface DomainSpec {
  id: string;
  words: readonly string[];
  zh: readonly string[];
}
export const DOMAINS: readonly DomainSpec[] = [
  { id: 'pay', words: ['pay', 'payment', 'prepay', 'wxpay', 'recharge', 'wallet', 'balance'], zh: ['支付', '付款', '充值', '钱包', '余额'] },
  { id: 'cart', words: ['cart', 'basket', 'trolley'], zh: ['购物车', '加购'] },
  { id: 'order', words: ['order', 'checkout', 'settle', 'refund', 'invoice', 'aftersale', 'delivery', 'express', 'logistics'], zh: ['订单', '下单', '结算', '退款', '发票', '售后', '物流'] },
  { id: 'address', words: ['address', 'region', 'area', 'consignee'], zh: ['地址', '收货'] },
  { id: 'booking', words: ['booking', 'book', 'reserve', 'appoint', 'schedule', 'slot', 'seat', 'ticket', 'queue', 'doctor', 'clinic', 'court', 'venue', 'room'], zh: ['预约', '预订', '预定', '挂号', '排队', '场地', '座位'] },
  { id: 'coupon', words: ['coupon', 'voucher', 'promotion', 'discount', 'activity', 'groupon', 'seckill', 'bargain'], zh: ['优惠券', '优惠', '券', '活动', '秒杀', '拼团', '砍价'] },
  { id: 'store', words: ['store', 'branch', 'outlet', 'nearby', 'location', 'map', 'city'], zh: ['门店', '店铺', '附近', '城市'] },
  { id: 'search', words: ['search', 'keyword', 'hot', 'history', 'suggest'], zh: ['搜索', '查找'] },
  { id: 'goods', words: ['goods', 'sku', 'item', 'catalog', 'category', 'menu', 'drink', 'dish', 'food', 'brand', 'spec', 'comment'], zh: ['商品', '菜单', '饮品', '分类', '规格', '评价'] },
  { id: 'content', words: ['article', 'news', 'post', 'notice', 'topic', 'feed', 'video', 'course', 'lesson'], zh: ['文章', '资讯', '公告', '话题', '视频', '课程'] },
  { id: 'user', words: ['user', 'member', 'profile', 'account', 'login', 'register', 'vip', 'point', 'level', 'setting', 'auth', 'phone', 'feedback', 'center'], zh: ['我的', '会员', '登录', '个人', '积分', '设置', '账号'] },
];

/** Domains that are natural neighbours: small groups merge along these edges first. */
export const DOMAIN_AFFINITY: readonly (readonly [string, string])[] = [
  ['cart', 'order'], ['pay', 'order'], ['address', 'order'], ['coupon', 'order'], ['search', 'goods'], ['store', 'goods'],
  ['booking', 'pay'], ['booking', 'order'], ['goods', 'cart'], ['user', 'address'], ['coupon', 'user'], ['content', 'search'],
];

/** Chinese button/link text → verb and object words (`加入购物车` → add + cart). Longest match wins. */
export const ZH_VERBS: readonly (readonly [string, string])[] = [
  ['加入购物车', 'add'], ['加购', 'add'], ['立即购买', 'buy'], ['购买', 'buy'], ['提交订单', 'submit'], ['下单', 'submit'], ['提交', 'submit'], ['发表', 'submit'], ['发布', 'submit'],
  ['立即支付', 'pay'], ['去支付', 'pay'], ['支付', 'pay'], ['付款', 'pay'], ['充值', 'pay'], ['去结算', 'checkout'], ['结算', 'checkout'],
  ['搜索', 'search'], ['查询', 'search'], ['查找', 'search'], ['删除', 'delete'], ['移除', 'delete'], ['清空', 'clear'],
  ['取消', 'cancel'], ['确认收货', 'confirm'], ['确认', 'confirm'], ['确定', 'confirm'], ['领取', 'claim'], ['收藏', 'collect'],
  ['关注', 'follow'], ['点赞', 'like'], ['预约', 'book'], ['预订', 'book'], ['预定', 'book'], ['挂号', 'book'], ['登录', 'login'],
  ['退出登录', 'logout'], ['注册', 'register'], ['保存', 'save'], ['修改', 'update'], ['编辑', 'update'], ['新增', 'add'], ['添加', 'add'],
  ['上传', 'upload'], ['发送', 'send'], ['申请', 'apply'], ['退款', 'refund'], ['签到', 'sign'], ['评价', 'rate'], ['兑换', 'redeem'],
  ['选择', 'select'], ['加入', 'join'], ['分享', 'share'], ['查看', 'get'], ['加载更多', 'get'], ['刷新', 'get'],
];
export const ZH_OBJECTS: readonly (readonly [string, string])[] = [
  ['购物车', 'cart'], ['订单', 'order'], ['下单', 'order'], ['商品', 'goods'], ['地址', 'address'], ['优惠券', 'coupon'], ['门店', 'store'], ['店铺', 'store'],
  ['饮品', 'drink'], ['菜单', 'menu'], ['预约', 'booking'], ['会员', 'member'], ['积分', 'point'], ['评价', 'comment'],
  ['验证码', 'code'], ['手机号', 'phone'], ['头像', 'avatar'], ['发票', 'invoice'], ['退款', 'refund'], ['收货', 'receipt'],
];

/** Parameter/field names that hold an identifier (must come from an upstream result, never be invented). */
export const ID_NAME = /^(?:id|_id|uid|sn|no)$|(?:Id|ID|_id|Ids|IDs|No|Sn|SN|_no|_sn)$/;
/** Parameter names that are login context, filled by the skill itself, never asked from the user. */
export const CONTEXT_PARAM = /^(?:token|access_?token|session(?:_?key|_?id)?|sid|openid|open_?id|unionid|union_?id|appid|app_?id|sign|signature|timestamp|nonce|authorization|cookie|jwt)$/i;
/** Storage keys and endpoint words that show the app has a login. */
export const LOGIN_STORAGE_KEY = /token|session|openid|unionid|jwt|auth|cookie|login|userinfo/i;
export const LOGIN_WORDS: ReadonlySet<string> = new Set(['login', 'signin', 'logon', 'wxlogin', 'auth', 'authorize', 'oauth', 'jscode2session', 'code2session', 'session']);

/** Response fields that are transport, not business data (status codes, messages). */
export const TRANSPORT_KEYS: ReadonlySet<string> = new Set(['code', 'msg', 'message', 'errno', 'errcode', 'errmsg', 'errMsg', 'err', 'error', 'success', 'ret', 'statusCode', 'header', 'cookies']);
/** Response envelopes around the business data (`{ code, data: {...} }`, cloud `result`). */
export const ENVELOPE_KEYS: ReadonlySet<string> = new Set(['data', 'result', 'body']);
/** Array/string methods and properties the code calls on a response field (`res.data.items.map(…)`): not fields. */
export const VALUE_METHODS: ReadonlySet<string> = new Set([
  'map', 'forEach', 'filter', 'find', 'findIndex', 'some', 'every', 'reduce', 'slice', 'splice', 'concat', 'join', 'push', 'pop', 'shift',
  'indexOf', 'includes', 'sort', 'reverse', 'length', 'toFixed', 'toString', 'split', 'replace', 'trim', 'substring', 'substr', 'startsWith', 'endsWith',
]);

/** Output key names whose value is a list / a flag (a weak type hint, still marked as unconfirmed). */
export const LIST_KEY = /(?:^(?:list|items|records|rows|data_list|results)$)|(?:List|Items|Records|Rows)$/;
export const FLAG_KEY = /^(?:is|has|can|need|enable|show)[A-Z_]/;

/** Object words that qualify the next one; in text they go first (`store nearby` → "nearby store", 附近门店). */
export const ADJECTIVE_WORDS: ReadonlySet<string> = new Set(['current', 'hot', 'new', 'nearby', 'related', 'recommend', 'fast', 'my', 'default', 'latest', 'all']);

/** Button texts that name a place, not an action ("我的预约", "全部订单"): links, even when they contain a verb. */
export const LINK_TEXT = /^(?:我的|全部|关于|更多|查看全部)/;

/** Parameter names of a search box: a read that takes one of these from the user is a search. */
export const SEARCH_PARAM = /^(?:keywords?|key|kw|q|query|search|search_?key(?:word)?|search_?value|search_?text|word|wd)$/i;

/** JSAPIs that need the user's location permission. */
export const LOCATION_APIS: ReadonlySet<string> = new Set(['wx.getLocation', 'wx.getFuzzyLocation', 'wx.chooseLocation', 'wx.startLocationUpdate']);
