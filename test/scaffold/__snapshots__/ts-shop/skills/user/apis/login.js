// [ai-mode:static] API login：微信登录
// 由 autoskill 根据小程序代码静态生成，来源 pages/mine/index.ts:23；上线前请逐条处理标为【待确认】的问题。

const { BASE_URL, request, loginCode } = require('../utils/request')
const { pick, errorText } = require('../utils/result')

async function login(args = {}) {
  try {
    // TODO(autoskill): 【待确认】 这些调用的先后顺序没有出现在分析结果里：这里先写操作，再读数据，最后处理支付。请对照原代码确认（pages/mine/index.ts:23）。
    // [ai-mode:static] services/http.ts:22 wx.request POST https://shop.example.com/v2/auth/wx-login
    const loginRes = await request({
      url: BASE_URL + '/auth/wx-login',
      method: 'POST',
      data: {
        // TODO(autoskill): 【待确认】 参数取自 wx.login() 的 code（services/http.ts:22），请确认。
        code: await loginCode()
      }
    })

    // [ai-mode:static] services/user.ts:10 wx.setStorage token
    // TODO(autoskill): 【待确认】 参数 token 取自上一步返回的 data.token（services/user.ts:10），请确认字段。
    wx.setStorageSync('token', pick(loginRes, 'data.token'))

    // [ai-mode:static] services/http.ts:22 wx.request GET https://shop.example.com/v2/user/profile
    const userProfileRes = await request({
      url: BASE_URL + '/user/profile',
      method: 'GET'
    })

    return {
      content: [{ type: 'text', text: '已完成「微信登录」。请继续用户原来的操作。' }],
      // TODO(autoskill): 【待确认】 返回字段按原代码读取的路径取值（services/http.ts:22）；原代码经过请求封装时，封装可能已拆掉外层，请确认路径。
      structuredContent: {
        // TODO(autoskill): 【待确认】 logging 是页面用 setData 写入的展示状态（pages/mine/index.ts），不是接口返回的字段：请填写取值，或把它从 mcp.json 的 outputSchema 中删掉。
        logging: null,
        token: pick(loginRes, 'data.token'),
        // TODO(autoskill): 【待确认】 user 是页面用 setData 写入的展示状态（pages/mine/index.ts），不是接口返回的字段：请填写取值，或把它从 mcp.json 的 outputSchema 中删掉。
        user: null
      },
      handoff: { query: '' }
    }
  } catch (err) {
    console.error('[ai-mode] login failed', err)
    return { isError: true, content: [{ type: 'text', text: '「微信登录」未完成：' + errorText(err) + '。请告诉用户操作没有成功；不要自动重试，以免重复提交。' }] }
  }
}

module.exports = login
