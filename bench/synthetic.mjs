#!/usr/bin/env node
// Synthetic mini-programs for the scale benchmark: `node bench/synthetic.mjs <pages> <dir>`.
//
// An app of N pages shaped like the real ones autoskill meets: a request
// wrapper (utils/request.js) over URL constants (config/api.js), one service
// module per ten pages, custom components with properties and events, forms,
// lists, navigation between pages, storage, a tab bar, and subpackages
// holding most pages once the app grows. Deterministic: the same N gives the
// same bytes, so timings compare across runs and machines.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const PAGES_PER_MODULE = 10;
const PAGES_PER_SUBPACKAGE = 25;
/** Pages in the main package; the rest go to subpackages. */
const MAIN_PAGES = 40;
const PAGES_PER_COMPONENT = 10;

/** Route of page i (main package or its subpackage), and the subpackage root. */
function pageRoute(i) {
  if (i < MAIN_PAGES) return { route: `pages/p${i}/p${i}`, root: null, page: `pages/p${i}/p${i}` };
  const pkg = Math.floor((i - MAIN_PAGES) / PAGES_PER_SUBPACKAGE);
  const root = `package${pkg}`;
  const page = `pages/p${i}/p${i}`;
  return { route: `${root}/${page}`, root, page };
}

/** Relative path from a page's folder to the mini-program root. */
function up(route) {
  return '../'.repeat(route.split('/').length - 1);
}

function apiConfig(n) {
  const lines = ["const BASE = 'https://api.example.com';", '', 'module.exports = {', '  BASE,'];
  for (let m = 0; m < Math.ceil(n / PAGES_PER_MODULE); m++) {
    lines.push(`  M${m}_LIST: BASE + '/m${m}/list',`);
    lines.push(`  M${m}_DETAIL: BASE + '/m${m}/detail',`);
    lines.push(`  M${m}_SAVE: BASE + '/m${m}/save',`);
  }
  lines.push('};', '');
  return lines.join('\n');
}

const REQUEST = `const { BASE } = require('../config/api.js');

function request(url, data = {}, method = 'GET') {
  const token = wx.getStorageSync('token');
  return new Promise((resolve, reject) => {
    wx.request({
      url,
      data,
      method,
      header: { Authorization: token ? 'Bearer ' + token : '' },
      success(res) {
        if (res.statusCode === 401) {
          wx.removeStorageSync('token');
          wx.navigateTo({ url: '/pages/p0/p0' });
          return reject(res);
        }
        resolve(res.data);
      },
      fail: reject,
    });
  });
}

const get = (url, data) => request(url, data, 'GET');
const post = (url, data) => request(url, data, 'POST');

module.exports = { request, get, post, BASE };
`;

function service(m) {
  return `const api = require('../config/api.js');
const { get, post } = require('../utils/request.js');

function list${m}(page, size = 20) {
  return get(api.M${m}_LIST, { page, size });
}

function detail${m}(id) {
  return get(api.M${m}_DETAIL + '?id=' + id);
}

function save${m}(form) {
  return post(api.M${m}_SAVE, { name: form.name, mobile: form.mobile, note: form.note });
}

module.exports = { list${m}, detail${m}, save${m} };
`;
}

function component(c) {
  return {
    js: `Component({
  properties: {
    item: { type: Object, value: {} },
    index: Number,
    mode: { type: String, value: 'card' },
  },
  data: { expanded: false },
  methods: {
    onTap(e) {
      this.triggerEvent('select', { id: this.data.item.id, index: this.properties.index });
    },
    toggle() {
      this.setData({ expanded: !this.data.expanded });
      this.triggerEvent('toggle', { expanded: this.data.expanded });
    },${c % 3 === 0 ? `
    favourite() {
      wx.request({ url: 'https://api.example.com/fav/c${c}', method: 'POST', data: { id: this.data.item.id } });
    },` : ''}
  },
});
`,
    wxml: `<view class="card" bindtap="onTap" data-id="{{item.id}}">
  <text>{{item.title}}</text>
  <view catchtap="toggle">{{expanded ? '收起' : '展开'}}</view>${c % 3 === 0 ? '\n  <button size="mini" catchtap="favourite">收藏</button>' : ''}
</view>
`,
    json: '{\n  "component": true\n}\n',
  };
}

function page(i, n) {
  const { route } = pageRoute(i);
  const m = Math.floor(i / PAGES_PER_MODULE);
  const back = up(route);
  const next = pageRoute((i + 1) % n).route;
  const comp = Math.floor(i / PAGES_PER_COMPONENT);
  const js = `const { list${m}, detail${m}, save${m} } = require('${back}services/m${m}.js');
const app = getApp();

Page({
  data: { list: [], detail: null, page: 1, loading: false, form: { name: '', mobile: '' } },

  onLoad(options) {
    this.id = options.id || '';
    this.setData({ keyword: options.keyword || '' });
    this.load();
    if (this.id) this.loadDetail(this.id);
  },

  onShow() {
    const cart = wx.getStorageSync('cart${i % 7}') || [];
    this.setData({ cartCount: cart.length });
  },

  load() {
    this.setData({ loading: true });
    list${m}(this.data.page).then((res) => {
      this.setData({ list: this.data.list.concat(res.items || []), loading: false });
    });
  },

  loadDetail(id) {
    detail${m}(id).then((res) => this.setData({ detail: res }));
  },

  onReachBottom() {
    this.setData({ page: this.data.page + 1 });
    this.load();
  },

  onSelect(e) {
    const { id } = e.detail;
    wx.navigateTo({ url: '/${next}?id=' + id });
  },

  goNext(e) {
    const id = e.currentTarget.dataset.id;
    wx.navigateTo({ url: '/${next}?id=' + id + '&from=p${i}' });
  },

  onInput(e) {
    this.setData({ ['form.' + e.currentTarget.dataset.field]: e.detail.value });
  },

  onSubmit(e) {
    const form = e.detail.value;
    if (!form.mobile) {
      wx.showToast({ title: '请填写手机号', icon: 'none' });
      return;
    }
    save${m}(form).then(() => {
      wx.setStorageSync('lastForm${i % 5}', form);
      wx.showToast({ title: '已保存' });
    });
  },
${i % 10 === 3 ? `
  pay() {
    wx.request({
      url: app.globalData.base + '/pay/prepay',
      method: 'POST',
      data: { orderId: this.id },
      success: (res) => wx.requestPayment({ ...res.data, success: () => wx.redirectTo({ url: '/pages/p1/p1?orderId=' + this.id }) }),
    });
  },
` : ''}
  onShareAppMessage() {
    return { title: 'p${i}', path: '/${route}?id=' + this.id };
  },
});
`;
  const wxml = `<view class="page">
  <view class="header">{{detail.title || 'p${i}'}}</view>
  <c${comp} wx:for="{{list}}" wx:key="id" item="{{item}}" index="{{index}}" bind:select="onSelect" />
  <view wx:for="{{list}}" wx:key="id" class="row" bindtap="goNext" data-id="{{item.id}}">
    <text>{{item.title}}</text>
    <text class="price">¥{{item.price}}</text>
  </view>
  <form bindsubmit="onSubmit">
    <input name="name" placeholder="姓名" data-field="name" bindinput="onInput" value="{{form.name}}" />
    <input name="mobile" type="number" placeholder="手机号" data-field="mobile" bindinput="onInput" />
    <textarea name="note" placeholder="备注" />
    <button form-type="submit">提交</button>
  </form>${i % 10 === 3 ? '\n  <button bindtap="pay">支付</button>' : ''}
  <navigator url="/${pageRoute((i + 2) % n).route}?id={{detail.id}}">更多</navigator>
  <view wx:if="{{loading}}">加载中…</view>
</view>
`;
  const json = JSON.stringify(
    { navigationBarTitleText: `页面 ${i}`, usingComponents: { [`c${comp}`]: `/components/c${comp}/index` } },
    null,
    2,
  );
  return { js, wxml, json: json + '\n', wxss: '.page { padding: 16rpx; }\n' };
}

/** The files of an app with `n` pages, as root-relative path → text. */
export function generateApp(n) {
  const files = {};
  const mainPages = [];
  const subs = new Map();
  for (let i = 0; i < n; i++) {
    const r = pageRoute(i);
    if (r.root === null) mainPages.push(r.page);
    else {
      if (!subs.has(r.root)) subs.set(r.root, []);
      subs.get(r.root).push(r.page);
    }
    const p = page(i, n);
    files[`${r.route}.js`] = p.js;
    files[`${r.route}.wxml`] = p.wxml;
    files[`${r.route}.json`] = p.json;
    files[`${r.route}.wxss`] = p.wxss;
  }
  const app = {
    pages: mainPages,
    subPackages: [...subs].map(([root, pages]) => ({ root, pages })),
    window: { navigationBarTitleText: 'Synthetic' },
    tabBar: { list: mainPages.slice(0, Math.min(4, mainPages.length)).map((p, i) => ({ pagePath: p, text: `tab${i}` })) },
    lazyCodeLoading: 'requiredComponents',
  };
  files['app.json'] = JSON.stringify(app, null, 2) + '\n';
  files['app.js'] = `App({
  globalData: { base: 'https://api.example.com', user: null },
  onLaunch() {
    const token = wx.getStorageSync('token');
    if (!token) {
      wx.login({ success: (res) => wx.request({ url: 'https://api.example.com/auth/login', method: 'POST', data: { code: res.code }, success: (r) => wx.setStorageSync('token', r.data.token) }) });
    }
  },
});
`;
  files['app.wxss'] = 'page { background: #f5f5f5; }\n';
  files['project.config.json'] = JSON.stringify({ appid: 'wx0000000000000000', compileType: 'miniprogram', projectname: `synthetic-${n}` }, null, 2) + '\n';
  files['config/api.js'] = apiConfig(n);
  files['utils/request.js'] = REQUEST;
  for (let m = 0; m < Math.ceil(n / PAGES_PER_MODULE); m++) files[`services/m${m}.js`] = service(m);
  for (let c = 0; c < Math.ceil(n / PAGES_PER_COMPONENT); c++) {
    const k = component(c);
    files[`components/c${c}/index.js`] = k.js;
    files[`components/c${c}/index.wxml`] = k.wxml;
    files[`components/c${c}/index.json`] = k.json;
  }
  return files;
}

/** Write the app into `dir` (created; existing files overwritten). */
export function writeApp(dir, files) {
  for (const [rel, text] of Object.entries(files)) {
    const abs = path.join(dir, ...rel.split('/'));
    fs.mkdirSync(path.dirname(abs), { recursive: true });
    fs.writeFileSync(abs, text);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const n = Number(process.argv[2]);
  const dir = process.argv[3];
  if (!Number.isInteger(n) || n < 1 || !dir) {
    process.stderr.write('usage: node bench/synthetic.mjs <pages> <dir>\n');
    process.exit(2);
  }
  const files = generateApp(n);
  writeApp(dir, files);
  process.stdout.write(`${Object.keys(files).length} files written to ${dir}\n`);
}
