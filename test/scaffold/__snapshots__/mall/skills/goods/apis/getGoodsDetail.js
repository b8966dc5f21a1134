// [ai-mode:static] API getGoodsDetail：查看商品详情
// 由 autoskill 根据小程序代码静态生成，来源 pages/goods/goods.js:127；上线前请逐条处理标为【待确认】的问题。

const { BASE_URL, request } = require('../utils/request')
const { pick, queryValue, errorText } = require('../utils/result')

async function getGoodsDetail(args = {}) {
  try {
    // [ai-mode:static] utils/util.js:25 wx.request GET https://mall.example.com/api/cart/goodscount
    const goodsCountRes = await request({
      url: BASE_URL + '/cart/goodscount',
      method: 'GET',
      auth: true
    })

    // [ai-mode:static] utils/util.js:25 wx.request GET https://mall.example.com/api/goods/detail
    const goodsDetailRes = await request({
      url: BASE_URL + '/goods/detail',
      method: 'GET',
      data: {
        id: args.id
      },
      auth: true
    })

    // [ai-mode:static] utils/util.js:25 wx.request GET https://mall.example.com/api/goods/related
    const goodsRelatedRes = await request({
      url: BASE_URL + '/goods/related',
      method: 'GET',
      data: {
        id: args.id
      },
      auth: true
    })

    return {
      content: [{ type: 'text', text: '已获取「查看商品详情」的结果。请根据结果回答用户；需要用户继续操作时，再调用相应接口或引导用户打开页面。' }],
      // TODO(autoskill): 【待确认】 返回字段按原代码读取的路径取值（utils/util.js:25）；原代码经过请求封装时，封装可能已拆掉外层，请确认路径。
      structuredContent: {
        attribute: pick(goodsDetailRes, 'data.attribute'),
        brand: pick(goodsDetailRes, 'data.brand'),
        // TODO(autoskill): 【待确认】 cartGoodsCount 是页面用 setData 写入的展示状态（pages/goods/goods.js），不是接口返回的字段：请填写取值，或把它从 mcp.json 的 outputSchema 中删掉。
        cartGoodsCount: null,
        cartTotal: pick(goodsCountRes, 'data.cartTotal'),
        // TODO(autoskill): 【待确认】 collectBackImage 是页面用 setData 写入的展示状态（pages/goods/goods.js），不是接口返回的字段：请填写取值，或把它从 mcp.json 的 outputSchema 中删掉。
        collectBackImage: null,
        comment: pick(goodsDetailRes, 'data.comment'),
        gallery: pick(goodsDetailRes, 'data.gallery'),
        // TODO(autoskill): 【待确认】 goods 是页面用 setData 写入的展示状态（pages/goods/goods.js），不是接口返回的字段：请填写取值，或把它从 mcp.json 的 outputSchema 中删掉。
        goods: null,
        goodsList: pick(goodsRelatedRes, 'data.goodsList'),
        // TODO(autoskill): 【待确认】 id 是页面用 setData 写入的展示状态（pages/goods/goods.js），不是接口返回的字段：请填写取值，或把它从 mcp.json 的 outputSchema 中删掉。
        id: null,
        info: pick(goodsDetailRes, 'data.info'),
        issue: pick(goodsDetailRes, 'data.issue'),
        // TODO(autoskill): 【待确认】 issueList 是页面用 setData 写入的展示状态（pages/goods/goods.js），不是接口返回的字段：请填写取值，或把它从 mcp.json 的 outputSchema 中删掉。
        issueList: null,
        productList: pick(goodsDetailRes, 'data.productList'),
        // TODO(autoskill): 【待确认】 relatedGoods 是页面用 setData 写入的展示状态（pages/goods/goods.js），不是接口返回的字段：请填写取值，或把它从 mcp.json 的 outputSchema 中删掉。
        relatedGoods: null,
        specificationList: pick(goodsDetailRes, 'data.specificationList'),
        userHasCollect: pick(goodsDetailRes, 'data.userHasCollect')
      },
      handoff: { query: `id=${queryValue(args.id)}` }
    }
  } catch (err) {
    console.error('[ai-mode] getGoodsDetail failed', err)
    return { isError: true, content: [{ type: 'text', text: '「查看商品详情」未能获取结果：' + errorText(err) + '。请告诉用户暂时无法获取，可以稍后再试；不要编造结果。' }] }
  }
}

module.exports = getGoodsDetail
