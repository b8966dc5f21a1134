// [ai-mode:static] API getArticleDetail：查看正文
// 由 autoskill 根据小程序代码静态生成，来源 pages/detail/detail.js:13；上线前请逐条处理标为【待确认】的问题。

const { BASE_URL, request } = require('../utils/request')
const { pick, queryValue, errorText } = require('../utils/result')

async function getArticleDetail(args = {}) {
  try {
    // [ai-mode:static] pages/detail/detail.js:25 wx.request GET https://news.example.com/api/articles/{id}
    const articlesRes = await request({
      url: `${BASE_URL}/articles/${encodeURIComponent(args.id)}`,
      method: 'GET',
      data: {
        channel: args.channel,
        withRelated: args.withRelated
      }
    })

    // [ai-mode:static] pages/detail/detail.js:36 wx.request GET https://news.example.com/api/articles/{id}/comments
    const articlesCommentsRes = await request({
      url: `${BASE_URL}/articles/${encodeURIComponent(args.id)}/comments`,
      method: 'GET'
    })

    return {
      content: [{ type: 'text', text: '已获取「查看正文」的结果。请根据结果回答用户；需要用户继续操作时，再调用相应接口或引导用户打开页面。' }],
      structuredContent: {
        article: pick(articlesRes, 'article'),
        // TODO(autoskill): 【待确认】 comments 是页面用 setData 写入的展示状态（pages/detail/detail.js），不是接口返回的字段：请填写取值，或把它从 mcp.json 的 outputSchema 中删掉。
        comments: null,
        // TODO(autoskill): 【待确认】 favorited 是页面用 setData 写入的展示状态（pages/detail/detail.js），不是接口返回的字段：请填写取值，或把它从 mcp.json 的 outputSchema 中删掉。
        favorited: null,
        items: pick(articlesCommentsRes, 'items'),
        related: pick(articlesRes, 'related')
      },
      handoff: { query: `channel=${queryValue(args.channel)}&id=${queryValue(args.id)}` }
    }
  } catch (err) {
    console.error('[ai-mode] getArticleDetail failed', err)
    return { isError: true, content: [{ type: 'text', text: '「查看正文」未能获取结果：' + errorText(err) + '。请告诉用户暂时无法获取，可以稍后再试；不要编造结果。' }] }
  }
}

module.exports = getArticleDetail
