// [ai-mode:static] API clearAll：清空全部
// 由 autoskill 根据小程序代码静态生成，来源 pages/favorites/favorites.js:16；上线前请逐条处理标为【待确认】的问题。

const { errorText } = require('../utils/result')

async function clearAll(args = {}) {
  try {
    // [ai-mode:static] pages/favorites/favorites.js:24 wx.removeStorage favorites
    wx.removeStorageSync('favorites')

    return {
      content: [{ type: 'text', text: '已完成「清空全部」（只改动本机数据）。请告诉用户已处理。' }],
      structuredContent: {
        // TODO(autoskill): 【待确认】 list 是页面用 setData 写入的展示状态（pages/favorites/favorites.js），不是接口返回的字段：请填写取值，或把它从 mcp.json 的 outputSchema 中删掉。
        list: null
      },
      handoff: { query: '' }
    }
  } catch (err) {
    console.error('[ai-mode] clearAll failed', err)
    return { isError: true, content: [{ type: 'text', text: '「清空全部」未完成：' + errorText(err) + '。请告诉用户操作没有成功；不要自动重试，以免重复提交。' }] }
  }
}

module.exports = clearAll
