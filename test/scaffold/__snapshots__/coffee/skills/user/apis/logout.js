// [ai-mode:static] API logout：退出登录
// 由 autoskill 根据小程序代码静态生成，来源 pages/mine/mine.js:23；上线前请逐条处理标为【待确认】的问题。

const { errorText } = require('../utils/result')

async function logout(args = {}) {
  try {
    // [ai-mode:static] pages/mine/mine.js:28 wx.removeStorage token
    wx.removeStorageSync('token')

    return {
      content: [{ type: 'text', text: '已完成「退出登录」（只改动本机数据）。请告诉用户已处理。' }],
      handoff: { query: '' }
    }
  } catch (err) {
    console.error('[ai-mode] logout failed', err)
    return { isError: true, content: [{ type: 'text', text: '「退出登录」未完成：' + errorText(err) + '。请告诉用户操作没有成功；不要自动重试，以免重复提交。' }] }
  }
}

module.exports = logout
