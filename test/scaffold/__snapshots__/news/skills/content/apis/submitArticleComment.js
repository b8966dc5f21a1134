// [ai-mode:static] API submitArticleComment：发布文章评价
// 由 autoskill 根据小程序代码静态生成，来源 pages/detail/detail.js:93；上线前请逐条处理标为【待确认】的问题。

const { BASE_URL, request } = require('../utils/request')
const { pick, queryValue, errorText } = require('../utils/result')

async function submitArticleComment(args = {}) {
  try {
    // TODO(autoskill): 【待确认】 这些调用的先后顺序没有出现在分析结果里：这里先写操作，再读数据，最后处理支付。请对照原代码确认（pages/detail/detail.js:93）。
    // [ai-mode:static] pages/detail/detail.js:100 wx.request POST https://news.example.com/api/articles/{id}/comments
    const articlesCommentsRes = await request({
      url: `${BASE_URL}/articles/${encodeURIComponent(args.id)}/comments`,
      method: 'POST',
      data: {
        content: args.content
      }
    })

    // [ai-mode:static] pages/detail/detail.js:36 wx.request GET https://news.example.com/api/articles/{id}/comments
    const articlesCommentsRes2 = await request({
      url: `${BASE_URL}/articles/${encodeURIComponent(args.id)}/comments`,
      method: 'GET'
    })

    return {
      content: [{ type: 'text', text: '已完成「发布文章评价」。请把结果告诉用户；不要重复调用，以免重复提交。' }],
      structuredContent: {
        // TODO(autoskill): 【待确认】 comments 是页面用 setData 写入的展示状态（pages/detail/detail.js），不是接口返回的字段：请填写取值，或把它从 mcp.json 的 outputSchema 中删掉。
        comments: null,
        items: pick(articlesCommentsRes2, 'items')
      },
      handoff: { query: `id=${queryValue(args.id)}` }
    }
  } catch (err) {
    console.error('[ai-mode] submitArticleComment failed', err)
    return { isError: true, content: [{ type: 'text', text: '「发布文章评价」未完成：' + errorText(err) + '。请告诉用户操作没有成功；不要自动重试，以免重复提交。' }] }
  }
}

module.exports = submitArticleComment
