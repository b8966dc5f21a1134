// [ai-mode:static] API submitArticle：栏目： + 提交
// 由 autoskill 根据小程序代码静态生成，来源 pages/publish/publish.js:70；上线前请逐条处理标为【待确认】的问题。

const { BASE_URL, request } = require('../utils/request')
const { pick, errorText } = require('../utils/result')

async function submitArticle(args = {}) {
  try {
    // [ai-mode:static] pages/publish/publish.js:79 wx.request POST https://news.example.com/api/articles
    const articlesRes = await request({
      url: BASE_URL + '/articles',
      method: 'POST',
      data: {
        channel: args.channel,
        content: args.content,
        images: args.images,
        title: args.title
      },
      auth: true
    })

    // [ai-mode:static] pages/publish/publish.js:90 wx.removeStorage publish_draft
    // TODO(autoskill): 【待确认】 原代码在 pages/publish/publish.js:90 还会执行 wx.removeStorageSync('publish_draft')，很可能只在某些条件下执行（分析结果不记录条件）；确有需要再加上。
    // wx.removeStorageSync('publish_draft')

    return {
      content: [{ type: 'text', text: '已完成「栏目： + 提交」。请把结果告诉用户；不要重复调用，以免重复提交。' }],
      structuredContent: {
        id: pick(articlesRes, 'id'),
        // TODO(autoskill): 【待确认】 submitting 是页面用 setData 写入的展示状态（pages/publish/publish.js），不是接口返回的字段：请填写取值，或把它从 mcp.json 的 outputSchema 中删掉。
        submitting: null
      },
      handoff: { query: '' }
    }
  } catch (err) {
    console.error('[ai-mode] submitArticle failed', err)
    return { isError: true, content: [{ type: 'text', text: '「栏目： + 提交」未完成：' + errorText(err) + '。请告诉用户操作没有成功；不要自动重试，以免重复提交。' }] }
  }
}

module.exports = submitArticle
