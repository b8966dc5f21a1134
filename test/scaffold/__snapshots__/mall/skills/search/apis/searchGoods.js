// [ai-mode:static] API searchGoods：搜索 取消
// 由 autoskill 根据小程序代码静态生成，来源 pages/search/search.js:119；上线前请逐条处理标为【待确认】的问题。

const { BASE_URL, request } = require('../utils/request')
const { pick, errorText } = require('../utils/result')

async function searchGoods(args = {}) {
  try {
    // [ai-mode:static] utils/util.js:25 wx.request GET https://mall.example.com/api/goods/list
    const goodsListRes = await request({
      url: BASE_URL + '/goods/list',
      method: 'GET',
      data: {
        categoryId: args.categoryId,
        keyword: args.keyword,
        order: args.order,
        page: args.page,
        size: args.size,
        sort: args.sort
      },
      auth: true
    })

    // [ai-mode:static] utils/util.js:25 wx.request GET https://mall.example.com/api/search/index
    const searchRes = await request({
      url: BASE_URL + '/search/index',
      method: 'GET',
      auth: true
    })

    return {
      content: [{ type: 'text', text: '已获取「搜索 取消」的结果。请根据结果回答用户；需要用户继续操作时，再调用相应接口或引导用户打开页面。' }],
      // TODO(autoskill): 【待确认】 返回字段按原代码读取的路径取值（utils/util.js:25）；原代码经过请求封装时，封装可能已拆掉外层，请确认路径。
      structuredContent: {
        // TODO(autoskill): 【待确认】 categoryFilter 是页面用 setData 写入的展示状态（pages/search/search.js），不是接口返回的字段：请填写取值，或把它从 mcp.json 的 outputSchema 中删掉。
        categoryFilter: null,
        // TODO(autoskill): 【待确认】 categoryId 是页面用 setData 写入的展示状态（pages/search/search.js），不是接口返回的字段：请填写取值，或把它从 mcp.json 的 outputSchema 中删掉。
        categoryId: null,
        currentPage: pick(goodsListRes, 'data.currentPage'),
        data: pick(goodsListRes, 'data'),
        defaultKeyword: pick(searchRes, 'data.defaultKeyword'),
        filterCategory: pick(goodsListRes, 'data.filterCategory'),
        // TODO(autoskill): 【待确认】 goodsList 是页面用 setData 写入的展示状态（pages/search/search.js），不是接口返回的字段：请填写取值，或把它从 mcp.json 的 outputSchema 中删掉。
        goodsList: null,
        // TODO(autoskill): 【待确认】 historyKeyword 是页面用 setData 写入的展示状态（pages/search/search.js），不是接口返回的字段：请填写取值，或把它从 mcp.json 的 outputSchema 中删掉。
        historyKeyword: null,
        historyKeywordList: pick(searchRes, 'data.historyKeywordList'),
        // TODO(autoskill): 【待确认】 hotKeyword 是页面用 setData 写入的展示状态（pages/search/search.js），不是接口返回的字段：请填写取值，或把它从 mcp.json 的 outputSchema 中删掉。
        hotKeyword: null,
        hotKeywordList: pick(searchRes, 'data.hotKeywordList'),
        // TODO(autoskill): 【待确认】 keyword 是页面用 setData 写入的展示状态（pages/search/search.js），不是接口返回的字段：请填写取值，或把它从 mcp.json 的 outputSchema 中删掉。
        keyword: null,
        numsPerPage: pick(goodsListRes, 'data.numsPerPage'),
        // TODO(autoskill): 【待确认】 page 是页面用 setData 写入的展示状态（pages/search/search.js），不是接口返回的字段：请填写取值，或把它从 mcp.json 的 outputSchema 中删掉。
        page: null,
        // TODO(autoskill): 【待确认】 searchStatus 是页面用 setData 写入的展示状态（pages/search/search.js），不是接口返回的字段：请填写取值，或把它从 mcp.json 的 outputSchema 中删掉。
        searchStatus: null,
        // TODO(autoskill): 【待确认】 size 是页面用 setData 写入的展示状态（pages/search/search.js），不是接口返回的字段：请填写取值，或把它从 mcp.json 的 outputSchema 中删掉。
        size: null
      },
      handoff: { query: '' }
    }
  } catch (err) {
    console.error('[ai-mode] searchGoods failed', err)
    return { isError: true, content: [{ type: 'text', text: '「搜索 取消」未能获取结果：' + errorText(err) + '。请告诉用户暂时无法获取，可以稍后再试；不要编造结果。' }] }
  }
}

module.exports = searchGoods
