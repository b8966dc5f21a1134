// [ai-mode:static] API login：微信一键登录
// 由 autoskill 根据小程序代码静态生成，来源 pages/auth/login/login.js:13；上线前请逐条处理标为【待确认】的问题。

const { BASE_URL, request, loginCode } = require('../utils/request')
const { pick, errorText } = require('../utils/result')

async function login(args = {}) {
  try {
    // [ai-mode:static] utils/util.js:25 wx.request POST https://mall.example.com/api/auth/loginByWeixin
    const loginRes = await request({
      url: BASE_URL + '/auth/loginByWeixin',
      method: 'POST',
      data: {
        // TODO(autoskill): 【待确认】 参数取自 wx.login() 的 code（utils/util.js:25），请确认。
        code: await loginCode(),
        userInfo: args.userInfo
      }
    })

    // [ai-mode:static] services/user.js:20 wx.setStorage userInfo
    // TODO(autoskill): 【待确认】 参数 userInfo 取自上一步返回的 data.userInfo（services/user.js:20），请确认字段。
    wx.setStorageSync('userInfo', pick(loginRes, 'data.userInfo'))

    // [ai-mode:static] services/user.js:21 wx.setStorage token
    // TODO(autoskill): 【待确认】 参数 token 取自上一步返回的 data.token（services/user.js:21），请确认字段。
    wx.setStorageSync('token', pick(loginRes, 'data.token'))

    return {
      content: [{ type: 'text', text: '已完成「微信一键登录」。请继续用户原来的操作。' }],
      // TODO(autoskill): 【待确认】 返回字段按原代码读取的路径取值（utils/util.js:25）；原代码经过请求封装时，封装可能已拆掉外层，请确认路径。
      structuredContent: {
        token: pick(loginRes, 'data.token'),
        userInfo: pick(loginRes, 'data.userInfo')
      },
      handoff: { query: '' }
    }
  } catch (err) {
    console.error('[ai-mode] login failed', err)
    return { isError: true, content: [{ type: 'text', text: '「微信一键登录」未完成：' + errorText(err) + '。请告诉用户操作没有成功；不要自动重试，以免重复提交。' }] }
  }
}

module.exports = login
