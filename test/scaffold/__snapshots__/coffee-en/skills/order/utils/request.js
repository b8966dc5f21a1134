// The skill's own network layer: base URL, login and auth live here; a skill cannot use the main package's request wrapper (V001).

const { pick } = require('./result')

const BASE_URL = 'https://coffee.example.com/api'

// [ai-mode:static] app.js:10, pages/cart/cart.js:6, pages/drink/drink.js:67 storage token
const TOKEN_KEY = 'token'
const NOT_LOGGED_IN = 'The user is not logged in. Ask them to log in to the mini-program first, then try again'

function send(options) {
  return new Promise((resolve, reject) => {
    wx.request({
      url: options.url,
      method: options.method || 'GET',
      data: options.data,
      header: options.header || {},
      success: (res) => {
        if (res.statusCode >= 200 && res.statusCode < 300) resolve(res.data)
        else reject(new Error('the service answered with status ' + res.statusCode))
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
  // [ai-mode:static] app.js:20 wx.request POST https://coffee.example.com/api/user/login
  const body = await send({
    url: BASE_URL + '/user/login',
    method: 'POST',
    data: {
      code: await loginCode()
    }
  })
  // TODO(autoskill): [to confirm] The credential is taken from data.token of the login response (app.js:20); check the field.
  const token = pick(body, 'data.token')
  if (!token) throw new Error(NOT_LOGGED_IN)
  // [ai-mode:static] app.js:26 wx.setStorageSync token
  wx.setStorageSync(TOKEN_KEY, token)
  return token
}

// TODO(autoskill): [to confirm] The app reads its login credential from storage token (app.js:10, pages/cart/cart.js:6, pages/drink/drink.js:67), but how it is sent (header name, format) is not in the analysis: fill it in from the app's request wrapper.
function authHeader(token) {
  return {}
}

async function request(options) {
  const header = options.auth ? authHeader(await ensureLogin()) : {}
  return send({ url: options.url, method: options.method, data: options.data, header })
}

module.exports = { BASE_URL, request }
