// [ai-mode:static] API collectArticle：收藏文章
// 由 autoskill 根据小程序代码静态生成，来源 pages/detail/detail.js:55；上线前请逐条处理标为【待确认】的问题。

const { errorText } = require('../utils/result')

async function collectArticle(args = {}) {
  try {
    // [ai-mode:static] utils/cache.js:19 wx.setStorage favorites
    // TODO(autoskill): 【待确认】 原代码把一个值写入本地存储 favorites（utils/cache.js:19），写入的值未能静态确定，请补上。

    return {
      content: [{ type: 'text', text: '已完成「收藏文章」（只改动本机数据）。请告诉用户已处理。' }],
      structuredContent: {
        // TODO(autoskill): 【待确认】 favorited 是页面用 setData 写入的展示状态（pages/detail/detail.js），不是接口返回的字段：请填写取值，或把它从 mcp.json 的 outputSchema 中删掉。
        favorited: null
      },
      handoff: { query: '' }
    }
  } catch (err) {
    console.error('[ai-mode] collectArticle failed', err)
    return { isError: true, content: [{ type: 'text', text: '「收藏文章」未完成：' + errorText(err) + '。请告诉用户操作没有成功；不要自动重试，以免重复提交。' }] }
  }
}

module.exports = collectArticle
