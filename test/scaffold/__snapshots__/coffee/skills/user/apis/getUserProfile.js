// [ai-mode:static] API getUserProfile：查看我的
// 由 autoskill 根据小程序代码静态生成，来源 pages/mine/mine.js:8；上线前请逐条处理标为【待确认】的问题。

const { BASE_URL, request } = require('../utils/request')
const { errorText } = require('../utils/result')

async function getUserProfile(args = {}) {
  try {
    // [ai-mode:static] pages/mine/mine.js:15 wx.removeStorage token
    // TODO(autoskill): 【待确认】 原代码在 pages/mine/mine.js:15 还会执行 wx.removeStorageSync('token')，很可能只在某些条件下执行（分析结果不记录条件）；确有需要再加上。
    // wx.removeStorageSync('token')

    // [ai-mode:static] pages/mine/mine.js:10 wx.request GET https://coffee.example.com/api/user/profile
    const userProfileRes = await request({
      url: BASE_URL + '/user/profile',
      method: 'GET',
      auth: true
    })

    return {
      content: [{ type: 'text', text: '已获取「查看我的」的结果。请根据结果回答用户；需要用户继续操作时，再调用相应接口或引导用户打开页面。' }],
      structuredContent: {
        // TODO(autoskill): 【待确认】 user 是页面用 setData 写入的展示状态（pages/mine/mine.js），不是接口返回的字段：请填写取值，或把它从 mcp.json 的 outputSchema 中删掉。
        user: null
      },
      handoff: { query: '' }
    }
  } catch (err) {
    console.error('[ai-mode] getUserProfile failed', err)
    return { isError: true, content: [{ type: 'text', text: '「查看我的」未能获取结果：' + errorText(err) + '。请告诉用户暂时无法获取，可以稍后再试；不要编造结果。' }] }
  }
}

module.exports = getUserProfile
