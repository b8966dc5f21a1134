import fc from 'fast-check';

/**
 * fast-check arbitraries for mini-program scripts: a small grammar of
 * JavaScript in the shapes mini-programs use (wx.* calls with option
 * objects, request wrappers, promises, this.setData, require of helpers,
 * closures, loops), so generated code is mostly valid and drives the code
 * follower deep instead of stopping at the parser.
 */

const NAMES = ['a', 'b', 'res', 'data', 'url', 'that', 'options', 'e', 'item', 'list', 'fn', 'cb', 'api', 'i'];
const name = fc.constantFrom(...NAMES);
const key = fc.constantFrom('id', 'url', 'data', 'method', 'success', 'fail', 'then', 'detail', 'value', 'dataset', 'length', 'push', '__proto__', 'constructor', 'prototype');
const WX = [
  'wx.request', 'wx.navigateTo', 'wx.redirectTo', 'wx.switchTab', 'wx.setStorageSync', 'wx.getStorageSync', 'wx.requestPayment',
  'wx.cloud.callFunction', 'wx.showToast', 'wx.getLocation', 'wx.uploadFile', 'wx.login', 'wx.cloud.database().collection("c").add',
];

export const jsExpr: fc.Arbitrary<string> = fc.letrec<{ expr: string }>((tie) => {
  const expr = tie('expr');
  return {
    expr: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      name,
      fc.constantFrom('1', '0', '-1', 'NaN', 'null', 'undefined', 'true', '"https://api.example.com/"', '"/pages/a/a?id="', "'GET'", '`x${a}`', 'this', 'this.data', 'getApp()', 'arguments', '/re+/g', '1e309', '[]', '{}'),
      fc.tuple(expr, key).map(([o, k]) => (/^[\d-]/.test(o) ? `(${o}).${k}` : `${o}.${k}`)),
      fc.tuple(expr, expr).map(([o, k]) => `${o}[${k}]`),
      fc.tuple(expr, fc.array(expr, { maxLength: 3 })).map(([f, args]) => `${f}(${args.join(', ')})`),
      fc.tuple(fc.constantFrom(...WX), fc.uniqueArray(fc.tuple(key, expr), { maxLength: 4, selector: ([k]) => k })).map(([api, kv]) => `${api}({${kv.map(([k, v]) => `${k}: ${v}`).join(', ')}})`),
      fc.tuple(expr, fc.constantFrom('+', '-', '&&', '||', '??', '===', '<', 'instanceof', 'in', ','), expr).map(([l, op, r]) => `(${l} ${op} ${r})`),
      fc.tuple(expr, expr, expr).map(([c, t, f]) => `(${c} ? ${t} : ${f})`),
      fc.tuple(name, expr).map(([n, v]) => `(${n} = ${v})`),
      fc.uniqueArray(fc.tuple(key, expr), { maxLength: 3, selector: ([k]) => k }).map((kv) => `({${kv.map(([k, v]) => `${k}: ${v}`).join(', ')}})`),
      fc.array(expr, { maxLength: 3 }).map((xs) => `[${xs.join(', ')}]`),
      fc.tuple(fc.uniqueArray(name, { maxLength: 2 }), expr).map(([ps, b]) => `((${ps.join(', ')}) => ${b})`),
      fc.tuple(expr).map(([b]) => `(function (a, b) { return ${b}; })`),
      fc.tuple(expr).map(([b]) => `new Promise((resolve, reject) => resolve(${b}))`),
      fc.tuple(expr, expr).map(([p, f]) => (/^[\d-]/.test(p) ? `(${p}).then(${f})` : `${p}.then(${f})`)),
      fc.tuple(expr).map(([x]) => `require("${x.length % 3 === 0 ? '../../utils/util.js' : x.length % 3 === 1 ? './missing' : '../../../../outside.js'}")`),
      fc.tuple(expr).map(([x]) => `this.setData({ k: ${x} })`),
      fc.tuple(expr).map(([x]) => `({ ...${x} })`),
      fc.tuple(expr).map(([x]) => `typeof ${x}`),
      fc.tuple(expr).map(([x]) => `(async () => { const r = await ${x}; return r; })()`),
      fc.tuple(expr, expr).map(([f, x]) => `${f}.call(${x}, ${x})`),
      fc.tuple(expr, expr).map(([f, x]) => `${f}.apply(this, [${x}])`),
      fc.tuple(expr, expr).map(([f, x]) => `${f}.bind(${x})`),
      fc.tuple(expr, expr).map(([f, x]) => `${f}(...${x})`),
      fc.tuple(expr, expr).map(([o, v]) => `Object.assign(${o}, ${v})`),
      fc.tuple(expr).map(([x]) => `Promise.all([${x}, ${x}])`),
      fc.tuple(expr).map(([x]) => `setTimeout(() => ${x}, 0)`),
      fc.tuple(expr, expr).map(([o, f]) => `${o}.forEach(${f})`),
      fc.tuple(expr, expr).map(([o, f]) => `${o}.map(${f})`),
      fc.tuple(expr).map(([x]) => `({ get g() { return ${x}; }, set s(v) { ${x}; } })`),
      fc.tuple(expr).map(([x]) => `new (class extends Object { constructor() { super(); this.k = ${x}; } m() { return this.k; } })()`),
      fc.tuple(name, fc.constantFrom('0', '3', '1e9', '4294967294'), expr).map(([n, i, x]) => `(${n}[${i}] = ${x})`),
      fc.tuple(name, expr).map(([n, x]) => `(${n}[${n}] = ${x})`),
      fc.tuple(name, expr).map(([n, x]) => `(${n}.length = ${x})`),
      fc.tuple(expr).map(([x]) => `(function self(a) { return self(${x}); })(1)`),
      fc.tuple(expr).map(([x]) => `JSON.parse(JSON.stringify(${x}))`),
      fc.tuple(expr).map(([x]) => `Object.keys(${x}).reduce((acc, k) => acc + k, "")`),
      fc.tuple(expr).map(([x]) => `"a".repeat(${x})`),
      fc.tuple(expr, expr).map(([a, b]) => `(${a}) + (${a}) + (${b}) + (${b})`),
      fc.tuple(expr).map(([x]) => `(function* () { yield ${x}; })()`),
      fc.tuple(name, expr).map(([n, x]) => `(({ [${n}]: ${n} = ${x}, ...rest } = ${x}), rest)`),
      fc.tuple(expr, key).map(([o, k]) => `${o}?.${k}?.()`),
      fc.tuple(expr).map(([x]) => `String.raw\`a\${${x}}b\``),
      fc.tuple(expr).map(([x]) => `Object.defineProperty({}, "k", { get() { return ${x}; } })`),
      fc.tuple(expr).map(([x]) => `new Proxy({}, { get: () => ${x} })`),
      fc.tuple(expr).map(([x]) => `new Function("return " + ${x})()`),
      fc.tuple(expr).map(([x]) => `eval(${x})`),
      fc.tuple(expr).map(([x]) => `arguments.callee(${x})`),
      fc.tuple(expr).map(([x]) => `({ __proto__: { m() { return ${x}; } }, n() { return super.m(); } }).n()`),
      fc.tuple(expr).map(([x]) => `Object.create(${x})`),
      fc.tuple(expr).map(([x]) => `Object.setPrototypeOf(this, ${x})`),
      fc.tuple(expr).map(([x]) => `(this.data = ${x})`),
      fc.tuple(expr).map(([x]) => `(this.setData = ${x})`),
      fc.tuple(expr).map(([x]) => `(wx = ${x})`),
      fc.tuple(expr).map(([x]) => `(wx.request = ${x})`),
      fc.tuple(expr).map(([x]) => `(getApp().globalData.token = ${x})`),
      fc.tuple(expr).map(([x]) => `getCurrentPages()[0].setData(${x})`),
      fc.tuple(expr).map(([x]) => `this.selectComponent("#c").m(${x})`),
      fc.tuple(expr).map(([x]) => `wx.cloud.database().collection(${x}).where({}).get()`),
      fc.tuple(expr).map(([x]) => `wx.navigateTo({ url: "/pages/a/a?id=" + ${x}, success: () => wx.navigateBack() })`),
    ),
  };
}).expr;

export const jsStmt: fc.Arbitrary<string> = fc.letrec<{ stmt: string }>((tie) => {
  const stmt = tie('stmt');
  const block = fc.array(stmt, { maxLength: 3 }).map((ss) => `{ ${ss.join('\n')} }`);
  return {
    stmt: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      jsExpr.map((e) => `${e};`),
      fc.tuple(fc.constant('var'), name, jsExpr).map(([k, n, e]) => `${k} ${n} = ${e};`),
      fc.tuple(jsExpr, block, block).map(([c, t, f]) => `if (${c}) ${t} else ${f}`),
      fc.tuple(name, jsExpr, block).map(([n, e, b]) => `for (const ${n} of ${e}) ${b}`),
      fc.tuple(block).map(([b]) => `for (let i = 0; i < 3; i++) ${b}`),
      fc.tuple(jsExpr, block).map(([c, b]) => `while (${c}) ${b}`),
      fc.tuple(block, block).map(([t, c]) => `try ${t} catch (err) ${c}`),
      jsExpr.map((e) => `return ${e};`),
      fc.tuple(name, block).map(([n, b]) => `function ${n}(a, b) ${b}`),
      fc.tuple(jsExpr, block).map(([e, b]) => `switch (${e}) { case 1: ${b} default: break; }`),
      fc.tuple(name, block).map(([n, b]) => `class ${n.toUpperCase()} extends Array { constructor() { super(); ${b} } static s() ${b} get g() ${b} }`),
      fc.tuple(jsExpr, block).map(([e, b]) => `do ${b} while (${e});`),
      fc.tuple(name, jsExpr, block).map(([n, e, b]) => `for (var ${n} in ${e}) ${b}`),
      fc.tuple(jsExpr).map(([e]) => `module.exports = ${e};`),
      fc.tuple(jsExpr).map(([e]) => `exports.k = ${e};`),
      fc.constantFrom('throw new Error("x");', 'debugger;', ';'),
    ),
  };
}).stmt;

export const jsBody = fc.array(jsStmt, { maxLength: 6 }).map((ss) => ss.join('\n'));

/** A page script: Page({...}) with lifecycle hooks and handlers whose bodies are generated. */
export const pageScript = fc
  .tuple(jsBody, jsBody, jsBody, jsBody)
  .map(
    ([top, onLoad, onTap, helper]) =>
      `const util = require("../../utils/util.js");\n${top}\nfunction helper(a, b) {\n${helper}\n}\nPage({\n  data: { list: [] },\n  onLoad(options) {\n${onLoad}\n  },\n  onTap(e) {\n${onTap}\n    helper(e, this);\n  },\n});\n`,
  );

/** A helper module the page requires. */
export const utilScript = fc.tuple(jsBody, jsBody).map(([top, fn]) => `${top}\nfunction request(url, data, method = 'GET') {\n${fn}\n  return wx.request({ url, data, method });\n}\nmodule.exports = { request };\n`);
