// [ai-mode:static] API getArticleList：查看城事快报
// 由 autoskill 根据小程序代码静态生成，来源 pages/index/index.js:19；上线前请逐条处理标为【待确认】的问题。

const { BASE_URL, request } = require('../utils/request')
const { pick, errorText } = require('../utils/result')

async function getArticleList(args = {}) {
  try {
    // [ai-mode:static] utils/cache.js:11 wx.setStorage (dynamic key)
    // TODO(autoskill): 【待确认】 原代码写入本地存储时键名是动态的（utils/cache.js:11），请确认是否需要。

    // [ai-mode:static] pages/index/index.js:50 wx.request GET https://news.example.com/api/articles
    const articlesRes = await request({
      url: BASE_URL + '/articles',
      method: 'GET',
      data: {
        channel: args.channel,
        page: args.page,
        size: args.size
      }
    })

    return {
      content: [{ type: 'text', text: '已获取「查看城事快报」的结果。请根据结果回答用户；需要用户继续操作时，再调用相应接口或引导用户打开页面。' }],
      structuredContent: {
        // TODO(autoskill): 【待确认】 channel 是页面用 setData 写入的展示状态（pages/index/index.js），不是接口返回的字段：请填写取值，或把它从 mcp.json 的 outputSchema 中删掉。
        channel: null,
        // TODO(autoskill): 【待确认】 hasMore 是页面用 setData 写入的展示状态（pages/index/index.js），不是接口返回的字段：请填写取值，或把它从 mcp.json 的 outputSchema 中删掉。
        hasMore: null,
        items: pick(articlesRes, 'items'),
        // TODO(autoskill): 【待确认】 list 是页面用 setData 写入的展示状态（pages/index/index.js），不是接口返回的字段：请填写取值，或把它从 mcp.json 的 outputSchema 中删掉。
        list: null,
        // TODO(autoskill): 【待确认】 page 是页面用 setData 写入的展示状态（pages/index/index.js），不是接口返回的字段：请填写取值，或把它从 mcp.json 的 outputSchema 中删掉。
        page: null
      },
      handoff: { query: '' }
    }
  } catch (err) {
    console.error('[ai-mode] getArticleList failed', err)
    return { isError: true, content: [{ type: 'text', text: '「查看城事快报」未能获取结果：' + errorText(err) + '。请告诉用户暂时无法获取，可以稍后再试；不要编造结果。' }] }
  }
}

module.exports = getArticleList
