// [ai-mode:static] API searchSuggestion：搜索联想词
// 由 autoskill 根据小程序代码静态生成，来源 pages/search/search.js:51；上线前请逐条处理标为【待确认】的问题。

const { BASE_URL, request } = require('../utils/request')
const { errorText } = require('../utils/result')

async function searchSuggestion(args = {}) {
  try {
    // [ai-mode:static] utils/util.js:25 wx.request GET https://mall.example.com/api/search/helper
    const searchHelperRes = await request({
      url: BASE_URL + '/search/helper',
      method: 'GET',
      data: {
        keyword: args.keyword
      },
      auth: true
    })

    return {
      content: [{ type: 'text', text: '已获取「搜索联想词」的结果。请根据结果回答用户；需要用户继续操作时，再调用相应接口或引导用户打开页面。' }],
      structuredContent: {
        // TODO(autoskill): 【待确认】 goodsList 是页面用 setData 写入的展示状态（pages/search/search.js），不是接口返回的字段：请填写取值，或把它从 mcp.json 的 outputSchema 中删掉。
        goodsList: null,
        // TODO(autoskill): 【待确认】 helpKeyword 是页面用 setData 写入的展示状态（pages/search/search.js），不是接口返回的字段：请填写取值，或把它从 mcp.json 的 outputSchema 中删掉。
        helpKeyword: null,
        // TODO(autoskill): 【待确认】 keyword 是页面用 setData 写入的展示状态（pages/search/search.js），不是接口返回的字段：请填写取值，或把它从 mcp.json 的 outputSchema 中删掉。
        keyword: null,
        // TODO(autoskill): 【待确认】 searchStatus 是页面用 setData 写入的展示状态（pages/search/search.js），不是接口返回的字段：请填写取值，或把它从 mcp.json 的 outputSchema 中删掉。
        searchStatus: null
      },
      handoff: { query: '' }
    }
  } catch (err) {
    console.error('[ai-mode] searchSuggestion failed', err)
    return { isError: true, content: [{ type: 'text', text: '「搜索联想词」未能获取结果：' + errorText(err) + '。请告诉用户暂时无法获取，可以稍后再试；不要编造结果。' }] }
  }
}

module.exports = searchSuggestion
