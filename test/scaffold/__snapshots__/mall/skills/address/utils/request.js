// 技能自己的网络请求：基础地址、登录与鉴权都在这里，技能不能引用主包的请求封装（V001）。
// TODO(autoskill): 【待确认】 原小程序通过自己的请求封装发请求（utils/util.js:25）：请把其中的请求头、鉴权参数和成功判断照搬到这里。

const { pick } = require('./result')

const BASE_URL = 'https://mall.example.com/api'

// [ai-mode:static] app.js:11, services/user.js:40, utils/util.js:31 storage token
const TOKEN_KEY = 'token'
const NOT_LOGGED_IN = '用户尚未登录。请引导用户先在小程序里登录，再重试'

function send(options) {
  return new Promise((resolve, reject) => {
    wx.request({
      url: options.url,
      method: options.method || 'GET',
      data: options.data,
      header: options.header || {},
      success: (res) => {
        if (res.statusCode >= 200 && res.statusCode < 300) resolve(res.data)
        else reject(new Error('服务返回状态码 ' + res.statusCode))
      },
      fail: (err) => {
        console.error('[ai-mode] request failed', options.url, err)
        reject(new Error(err.errMsg || 'request:fail'))
      }
    })
  })
}

function loginCode() {
  return new Promise((resolve, reject) => {
    wx.login({
      success: (res) => resolve(res.code),
      fail: (err) => reject(new Error(err.errMsg || 'login:fail'))
    })
  })
}

async function ensureLogin() {
  const saved = wx.getStorageSync(TOKEN_KEY)
  if (saved) return saved
  // [ai-mode:static] utils/util.js:25 wx.request POST https://mall.example.com/api/auth/loginByWeixin
  const body = await send({
    url: BASE_URL + '/auth/loginByWeixin',
    method: 'POST',
    data: {
      code: await loginCode(),
      // TODO(autoskill): 【待确认】 登录接口还发送了 userInfo（utils/util.js:25），取值未能静态确定，请填写。
      userInfo: undefined
    }
  })
  // TODO(autoskill): 【待确认】 登录凭证取自登录接口返回的 data.token（utils/util.js:25），请确认字段。
  const token = pick(body, 'data.token')
  if (!token) throw new Error(NOT_LOGGED_IN)
  // [ai-mode:static] services/user.js:21 wx.setStorageSync token
  wx.setStorageSync(TOKEN_KEY, token)
  return token
}

// TODO(autoskill): 【待确认】 原代码从本地存储 token 读取登录凭证（app.js:11, services/user.js:40, utils/util.js:31），但它如何随请求发送（请求头名称、格式）没有出现在分析结果里，请按原请求封装填写。
function authHeader(token) {
  return {}
}

async function request(options) {
  const header = options.auth ? authHeader(await ensureLogin()) : {}
  return send({ url: options.url, method: options.method, data: options.data, header })
}

module.exports = { BASE_URL, request }
