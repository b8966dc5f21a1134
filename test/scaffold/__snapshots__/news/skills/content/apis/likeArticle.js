// [ai-mode:static] API likeArticle：点赞文章
// 由 autoskill 根据小程序代码静态生成，来源 pages/detail/detail.js:44；上线前请逐条处理标为【待确认】的问题。

const { BASE_URL, request } = require('../utils/request')
const { queryValue, errorText } = require('../utils/result')

async function likeArticle(args = {}) {
  try {
    // [ai-mode:static] pages/detail/detail.js:46 wx.request POST https://news.example.com/api/articles/{id}/like
    const articlesLikeRes = await request({
      url: `${BASE_URL}/articles/${encodeURIComponent(args.id)}/like`,
      method: 'POST'
    })

    return {
      content: [{ type: 'text', text: '已完成「点赞文章」。请把结果告诉用户；不要重复调用，以免重复提交。' }],
      structuredContent: {
        // TODO(autoskill): 【待确认】 article 是页面用 setData 写入的展示状态（pages/detail/detail.js），不是接口返回的字段：请填写取值，或把它从 mcp.json 的 outputSchema 中删掉。
        article: null,
        // TODO(autoskill): 【待确认】 liked 是页面用 setData 写入的展示状态（pages/detail/detail.js），不是接口返回的字段：请填写取值，或把它从 mcp.json 的 outputSchema 中删掉。
        liked: null
      },
      handoff: { query: `id=${queryValue(args.id)}` }
    }
  } catch (err) {
    console.error('[ai-mode] likeArticle failed', err)
    return { isError: true, content: [{ type: 'text', text: '「点赞文章」未完成：' + errorText(err) + '。请告诉用户操作没有成功；不要自动重试，以免重复提交。' }] }
  }
}

module.exports = likeArticle
