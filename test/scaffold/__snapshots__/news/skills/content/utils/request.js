// 技能自己的网络请求：基础地址、登录与鉴权都在这里，技能不能引用主包的请求封装（V001）。

const BASE_URL = 'https://news.example.com/api'
const FILES_BASE_URL = 'https://files.news.example.com/attachments'

// [ai-mode:static] pages/publish/publish.js:82 storage token
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

async function ensureLogin() {
  const saved = wx.getStorageSync(TOKEN_KEY)
  if (saved) return saved
  // TODO(autoskill): 【待确认】 原代码读取登录凭证（pages/publish/publish.js:82），但没有找到登录流程：凭证不存在时这里直接报未登录。
  throw new Error(NOT_LOGGED_IN)
}

// TODO(autoskill): 【待确认】 原代码从本地存储 token 读取登录凭证（pages/publish/publish.js:82），但它如何随请求发送（请求头名称、格式）没有出现在分析结果里，请按原请求封装填写。
function authHeader(token) {
  return {}
}

async function request(options) {
  const header = options.auth ? authHeader(await ensureLogin()) : {}
  return send({ url: options.url, method: options.method, data: options.data, header })
}

function download(options) {
  return new Promise((resolve, reject) => {
    wx.downloadFile({
      url: options.url,
      success: (res) => resolve(res),
      fail: (err) => {
        console.error('[ai-mode] download failed', options.url, err)
        reject(new Error(err.errMsg || 'downloadFile:fail'))
      }
    })
  })
}

module.exports = { BASE_URL, FILES_BASE_URL, request, download }
