// [ai-mode:static] API getGoods：打开搜索页
// 由 autoskill 根据小程序代码静态生成，来源 pages/search/index.ts:14；上线前请逐条处理标为【待确认】的问题。

const { BASE_URL, request } = require('../utils/request')
const { pick, queryValue, errorText } = require('../utils/result')

async function getGoods(args = {}) {
  try {
    // [ai-mode:static] services/http.ts:22 wx.request GET https://shop.example.com/v2/goods
    const goodsRes = await request({
      url: BASE_URL + '/goods',
      method: 'GET',
      data: {
        keyword: args.keyword,
        page: args.page,
        size: args.size
      },
      auth: true
    })

    return {
      content: [{ type: 'text', text: '已获取「打开搜索页」的结果。请根据结果回答用户；需要用户继续操作时，再调用相应接口或引导用户打开页面。' }],
      // TODO(autoskill): 【待确认】 返回字段按原代码读取的路径取值（services/http.ts:22）；原代码经过请求封装时，封装可能已拆掉外层，请确认路径。
      structuredContent: {
        // TODO(autoskill): 【待确认】 activeCate 是页面用 setData 写入的展示状态（pages/search/index.ts），不是接口返回的字段：请填写取值，或把它从 mcp.json 的 outputSchema 中删掉。
        activeCate: null,
        // TODO(autoskill): 【待确认】 goodsList 是页面用 setData 写入的展示状态（pages/search/index.ts），不是接口返回的字段：请填写取值，或把它从 mcp.json 的 outputSchema 中删掉。
        goodsList: null,
        // TODO(autoskill): 【待确认】 keyword 是页面用 setData 写入的展示状态（pages/search/index.ts），不是接口返回的字段：请填写取值，或把它从 mcp.json 的 outputSchema 中删掉。
        keyword: null,
        list: pick(goodsRes, 'data.list'),
        // TODO(autoskill): 【待确认】 loading 是页面用 setData 写入的展示状态（pages/search/index.ts），不是接口返回的字段：请填写取值，或把它从 mcp.json 的 outputSchema 中删掉。
        loading: null,
        // TODO(autoskill): 【待确认】 searched 是页面用 setData 写入的展示状态（pages/search/index.ts），不是接口返回的字段：请填写取值，或把它从 mcp.json 的 outputSchema 中删掉。
        searched: null
      },
      handoff: { query: `keyword=${queryValue(args.keyword)}` }
    }
  } catch (err) {
    console.error('[ai-mode] getGoods failed', err)
    return { isError: true, content: [{ type: 'text', text: '「打开搜索页」未能获取结果：' + errorText(err) + '。请告诉用户暂时无法获取，可以稍后再试；不要编造结果。' }] }
  }
}

module.exports = getGoods
