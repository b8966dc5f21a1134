import type { Lang } from '../emit/plan-types.js';

/**
 * Every word the scaffold writes into generated code: the texts an API
 * returns to the model (fact + action, wechat-ai-mode.md "Best-practice
 * rules"), the open questions it leaves for the developer (marked so they
 * can be found: `TODO(autoskill): 【待确认】 …`), and its file headers.
 * Nothing else in src/scaffold writes human-facing text.
 *
 * `at` arguments are source locations (`pages/order/pay.js:53`).
 */
export interface ScaffoldTexts {
  lang: Lang;
  /** The mark of an open question, after `TODO(autoskill):`. */
  mark: string;

  // --- what an API returns: fact, then action -----------------------------
  result: {
    read(phrase: string): string;
    write(phrase: string): string;
    storage(phrase: string): string;
    login(phrase: string): string;
    payment(phrase: string): string;
  };
  failure: {
    read(phrase: string): string;
    write(phrase: string): string;
    payment(phrase: string): string;
  };
  /** After the error's own text: what the model should do. */
  failureAction: { read: string; write: string; payment: string };
  paymentBusy: string;
  notLoggedIn: string;
  httpStatus: string;

  // --- file headers ---------------------------------------------------------
  header: {
    api(name: string, phrase: string, at: string | null): string[];
    apiPayment: string[];
    index(skill: string, count: number): string;
    request: string[];
    cloud: string[];
    result: string[];
  };

  // --- open questions -------------------------------------------------------
  q: {
    order(at: string): string;
    urlDynamic(at: string): string;
    urlPart(at: string): string;
    urlRelative(url: string, at: string): string;
    value(key: string, at: string): string;
    appValue(name: string, at: string): string;
    fromStep(key: string, path: string, at: string): string;
    loginCode(at: string): string;
    payment(at: string): string;
    storageValue(key: string, at: string): string;
    storageConditional(call: string, at: string): string;
    storageKey(at: string): string;
    pageState(key: string, at: string): string;
    responseUnknown(key: string, at: string): string;
    responseMerged(key: string, path: string, at: string): string;
    responsePath(at: string): string;
    dbQuery(at: string): string;
    dbDoc(at: string): string;
    dbOp(op: string, at: string): string;
    uploadName(at: string): string;
    wrappers(at: string): string;
    authHeader(key: string, at: string): string;
    loginExtra(key: string, at: string): string;
    tokenPath(path: string, at: string): string;
    noLoginFlow(at: string): string;
    loginFields(at: string): string;
    cloudEnv(at: string | null): string;
    needsLogin(at: string): string;
  };
}

const zh: ScaffoldTexts = {
  lang: 'zh',
  mark: '【待确认】',
  result: {
    read: (p) => `已获取「${p}」的结果。请根据结果回答用户；需要用户继续操作时，再调用相应接口或引导用户打开页面。`,
    write: (p) => `已完成「${p}」。请把结果告诉用户；不要重复调用，以免重复提交。`,
    storage: (p) => `已完成「${p}」（只改动本机数据）。请告诉用户已处理。`,
    login: (p) => `已完成「${p}」。请继续用户原来的操作。`,
    payment: (p) =>
      `已为「${p}」准备好支付信息，尚未付款。请先向用户展示订单内容和金额，由用户确认后在支付页面完成支付；不要并发或重复调用，页面返回支付成功之前不要告诉用户已支付。`,
  },
  failure: {
    read: (p) => `「${p}」未能获取结果：`,
    write: (p) => `「${p}」未完成：`,
    payment: (p) => `「${p}」未能发起支付：`,
  },
  failureAction: {
    read: '。请告诉用户暂时无法获取，可以稍后再试；不要编造结果。',
    write: '。请告诉用户操作没有成功；不要自动重试，以免重复提交。',
    payment: '。请告诉用户支付没有发起，不要声称已支付；等用户确认后再重新发起。',
  },
  paymentBusy: '上一次支付仍在进行中。请等它结束后再说，不要并发或重复发起支付。',
  notLoggedIn: '用户尚未登录。请引导用户先在小程序里登录，再重试',
  httpStatus: '服务返回状态码',

  header: {
    api: (name, phrase, at) => [`API ${name}：${phrase}`, `由 autoskill 根据小程序代码静态生成${at ? `，来源 ${at}` : ''}；上线前请逐条处理标为【待确认】的问题。`],
    apiPayment: ['涉及支付：wx.requestPayment 只能在卡片的点击回调里调用（scope.dynamic），这里不直接付款，而是把用户带到支付页面；同一时间只允许一次调用。'],
    index: (skill, n) => `技能 ${skill}：注册 ${n} 个 API（由 autoskill 生成；技能在独立分包中运行，不能使用 getApp() 或主包代码）。`,
    request: ['技能自己的网络请求：基础地址、登录与鉴权都在这里，技能不能引用主包的请求封装（V001）。'],
    cloud: ['技能自己的云开发入口：独立分包需要自己调用 wx.cloud.init()。'],
    result: ['读取接口返回字段、拼接 handoff 参数、整理错误信息的小工具。'],
  },

  q: {
    order: (at) => `这些调用的先后顺序没有出现在分析结果里：这里先写操作，再读数据，最后处理支付。请对照原代码确认（${at}）。`,
    urlDynamic: (at) => `请求地址无法静态确定（${at}），请填写完整地址。`,
    urlPart: (at) => `地址中有一段在运行时拼接（${at}），请填写它的取值。`,
    urlRelative: (url, at) => `地址 ${url} 没有协议和域名（${at}），请补全基础地址。`,
    value: (key, at) => `参数 ${key} 的取值未能静态确定（${at}），请填写。`,
    appValue: (name, at) => `参数来自主包的全局数据 ${name}（${at}）；技能里不能用 getApp()，请改为从本地存储或接口获取。`,
    fromStep: (key, path, at) => `参数 ${key} 取自上一步返回的 ${path}（${at}），请确认字段。`,
    loginCode: (at) => `参数取自 wx.login() 的 code（${at}），请确认。`,
    payment: (at) => `原页面在 ${at} 调用 wx.requestPayment；技能的 API 不能直接付款（需卡片组件的点击回调和 scope.dynamic），这里改为把用户带到支付页面。`,
    storageValue: (key, at) => `原代码把一个值写入本地存储 ${key}（${at}），写入的值未能静态确定，请补上。`,
    storageConditional: (call, at) => `原代码在 ${at} 还会执行 ${call}，很可能只在某些条件下执行（分析结果不记录条件）；确有需要再加上。`,
    storageKey: (at) => `原代码写入本地存储时键名是动态的（${at}），请确认是否需要。`,
    pageState: (key, at) => `${key} 是页面用 setData 写入的展示状态（${at}），不是接口返回的字段：请填写取值，或把它从 mcp.json 的 outputSchema 中删掉。`,
    responseUnknown: (key, at) => `没有找到返回字段 ${key} 的来源（${at}），请确认。`,
    responseMerged: (key, path, at) => `${key} 是另一个页面读取同一接口时用到的字段，这里按 ${path} 读取（${at}），请确认。`,
    responsePath: (at) => `返回字段按原代码读取的路径取值（${at}）；原代码经过请求封装时，封装可能已拆掉外层，请确认路径。`,
    dbQuery: (at) => `原代码的查询条件（where / orderBy / limit，${at}）没有出现在分析结果里，这里读取的是集合的第一页，请补上条件。`,
    dbDoc: (at) => `要修改的记录 id 未能静态确定（${at}），请填写。`,
    dbOp: (op, at) => `数据库操作 ${op}（${at}）没有生成代码，请按原代码补上。`,
    uploadName: (at) => `上传文件的字段名未能静态确定（${at}），请确认。`,
    wrappers: (at) => `原小程序通过自己的请求封装发请求（${at}）：请把其中的请求头、鉴权参数和成功判断照搬到这里。`,
    authHeader: (key, at) => `原代码从本地存储 ${key} 读取登录凭证（${at}），但它如何随请求发送（请求头名称、格式）没有出现在分析结果里，请按原请求封装填写。`,
    loginExtra: (key, at) => `登录接口还发送了 ${key}（${at}），取值未能静态确定，请填写。`,
    tokenPath: (path, at) => `登录凭证取自登录接口返回的 ${path}（${at}），请确认字段。`,
    noLoginFlow: (at) => `原代码读取登录凭证（${at}），但没有找到登录流程：凭证不存在时这里直接报未登录。`,
    loginFields: (at) => `没有找到登录接口返回凭证的字段（${at}），请填写。`,
    cloudEnv: (at) => `云开发环境 id 没有出现在分析结果里${at ? `（原代码在 ${at} 调用 wx.cloud.init）` : ''}，请填写与主包相同的 env。`,
    needsLogin: (at) => `这个 API 需要用户已登录（${at}），请确认登录与鉴权方式。`,
  },
};

const en: ScaffoldTexts = {
  lang: 'en',
  mark: '[to confirm]',
  result: {
    read: (p) => `The result of "${p}" is ready. Answer the user from it; call another API or point the user to the page only when they want to go on.`,
    write: (p) => `"${p}" is done. Tell the user the outcome; do not call again, to avoid submitting twice.`,
    storage: (p) => `"${p}" is done (only data on this device changed). Tell the user.`,
    login: (p) => `"${p}" is done. Continue with what the user asked for.`,
    payment: (p) =>
      `The payment for "${p}" is prepared, nothing is paid yet. Show the user the order and amount first and let them confirm and pay on the payment page; never call concurrently or repeatedly, and do not say it is paid before the page reports success.`,
  },
  failure: {
    read: (p) => `"${p}" returned no result: `,
    write: (p) => `"${p}" was not completed: `,
    payment: (p) => `"${p}" could not start the payment: `,
  },
  failureAction: {
    read: '. Tell the user it is not available right now and may be tried later; never make up a result.',
    write: '. Tell the user it did not succeed; do not retry on your own, to avoid submitting twice.',
    payment: '. Tell the user no payment was started and do not claim it is paid; start again only after the user confirms.',
  },
  paymentBusy: 'A payment is still in progress. Wait for it to end; never start payments concurrently or repeatedly.',
  notLoggedIn: 'The user is not logged in. Ask them to log in to the mini-program first, then try again',
  httpStatus: 'the service answered with status',

  header: {
    api: (name, phrase, at) => [`API ${name}: ${phrase}`, `Drafted by autoskill from the mini-program's code${at ? ` (${at})` : ''}; resolve every question marked [to confirm] before release.`],
    apiPayment: ['Payment: wx.requestPayment only runs in a card\'s tap callback (scope.dynamic), so this API does not pay; it takes the user to the payment page. One call at a time.'],
    index: (skill, n) => `Skill ${skill}: registers its ${n} APIs (drafted by autoskill; skills run in an independent subpackage: no getApp(), no main-package code).`,
    request: ['The skill\'s own network layer: base URL, login and auth live here; a skill cannot use the main package\'s request wrapper (V001).'],
    cloud: ['The skill\'s own cloud entry: an independent subpackage calls wx.cloud.init() itself.'],
    result: ['Small helpers: read response fields, build handoff queries, word errors.'],
  },

  q: {
    order: (at) => `The analysis does not record the order of these calls: writes come first, then reads, then payment. Check against the code (${at}).`,
    urlDynamic: (at) => `The URL could not be determined statically (${at}); fill it in.`,
    urlPart: (at) => `Part of the URL is built at run time (${at}); fill in its value.`,
    urlRelative: (url, at) => `The URL ${url} has no scheme and host (${at}); complete the base URL.`,
    value: (key, at) => `The value of ${key} could not be determined statically (${at}); fill it in.`,
    appValue: (name, at) => `The value comes from the app's global data ${name} (${at}); skills cannot use getApp(): read it from storage or an API instead.`,
    fromStep: (key, path, at) => `${key} is taken from ${path} of the previous step's response (${at}); check the field.`,
    loginCode: (at) => `The value is the code of wx.login() (${at}); check it.`,
    payment: (at) => `The page calls wx.requestPayment at ${at}; a skill API cannot pay (that needs a card's tap callback and scope.dynamic), so this API takes the user to the payment page instead.`,
    storageValue: (key, at) => `The code stores a value under ${key} (${at}); the value could not be determined statically: add it.`,
    storageConditional: (call, at) => `The code also runs ${call} at ${at}, probably only under some condition (the analysis does not record conditions); add it only if needed.`,
    storageKey: (at) => `The code writes storage under a dynamic key (${at}); check whether it is needed.`,
    pageState: (key, at) => `${key} is display state the page writes with setData (${at}), not a response field: fill in its value, or remove it from the outputSchema in mcp.json.`,
    responseUnknown: (key, at) => `No source was found for the result field ${key} (${at}); check it.`,
    responseMerged: (key, path, at) => `${key} is read from the same endpoint on another page; it is read here at ${path} (${at}): check it.`,
    responsePath: (at) => `Fields are read along the paths the app's code reads (${at}); when the app goes through a request wrapper, the wrapper may have unwrapped the body: check the paths.`,
    dbQuery: (at) => `The query conditions (where / orderBy / limit, ${at}) are not in the analysis; this reads the first page of the whole collection: add them.`,
    dbDoc: (at) => `The id of the record to change could not be determined statically (${at}); fill it in.`,
    dbOp: (op, at) => `No code was generated for the database operation ${op} (${at}); add it from the app's code.`,
    uploadName: (at) => `The form field name of the uploaded file could not be determined statically (${at}); check it.`,
    wrappers: (at) => `The app sends its requests through its own wrapper (${at}): copy its headers, auth parameters and success check here.`,
    authHeader: (key, at) => `The app reads its login credential from storage ${key} (${at}), but how it is sent (header name, format) is not in the analysis: fill it in from the app's request wrapper.`,
    loginExtra: (key, at) => `The login endpoint is also sent ${key} (${at}); its value could not be determined statically: fill it in.`,
    tokenPath: (path, at) => `The credential is taken from ${path} of the login response (${at}); check the field.`,
    noLoginFlow: (at) => `The app reads a login credential (${at}) but no login flow was found: without a credential this reports "not logged in".`,
    loginFields: (at) => `No response field holding the credential was found (${at}); fill it in.`,
    cloudEnv: (at) => `The cloud environment id is not in the analysis${at ? ` (the app calls wx.cloud.init at ${at})` : ''}; use the main package's env.`,
    needsLogin: (at) => `This API needs a logged-in user (${at}); check how login and auth work.`,
  },
};

export const SCAFFOLD_TEXTS: Record<Lang, ScaffoldTexts> = { zh, en };
