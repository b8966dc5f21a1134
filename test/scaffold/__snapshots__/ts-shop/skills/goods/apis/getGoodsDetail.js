// [ai-mode:static] API getGoodsDetail：查看商品详情
// 由 autoskill 根据小程序代码静态生成，来源 pages/goods/detail.ts:20；上线前请逐条处理标为【待确认】的问题。

const { BASE_URL, request } = require('../utils/request')
const { pick, queryValue, errorText } = require('../utils/result')

async function getGoodsDetail(args = {}) {
  try {
    // [ai-mode:static] pages/goods/detail.ts:24 wx.setStorage shareFrom
    // TODO(autoskill): 【待确认】 原代码把一个值写入本地存储 shareFrom（pages/goods/detail.ts:24），写入的值未能静态确定，请补上。

    // [ai-mode:static] services/http.ts:22 wx.request GET https://shop.example.com/v2/goods/{id}
    const goodsRes = await request({
      url: `${BASE_URL}/goods/${encodeURIComponent(args.id)}`,
      method: 'GET',
      auth: true
    })

    return {
      content: [{ type: 'text', text: '已获取「查看商品详情」的结果。请根据结果回答用户；需要用户继续操作时，再调用相应接口或引导用户打开页面。' }],
      // TODO(autoskill): 【待确认】 返回字段按原代码读取的路径取值（services/http.ts:22）；原代码经过请求封装时，封装可能已拆掉外层，请确认路径。
      structuredContent: {
        // TODO(autoskill): 【待确认】 goods 是页面用 setData 写入的展示状态（pages/goods/detail.ts），不是接口返回的字段：请填写取值，或把它从 mcp.json 的 outputSchema 中删掉。
        goods: null,
        // TODO(autoskill): 【待确认】 id 是页面用 setData 写入的展示状态（pages/goods/detail.ts），不是接口返回的字段：请填写取值，或把它从 mcp.json 的 outputSchema 中删掉。
        id: null,
        originPrice: pick(goodsRes, 'data.originPrice'),
        // TODO(autoskill): 【待确认】 originText 是页面用 setData 写入的展示状态（pages/goods/detail.ts），不是接口返回的字段：请填写取值，或把它从 mcp.json 的 outputSchema 中删掉。
        originText: null,
        price: pick(goodsRes, 'data.price'),
        // TODO(autoskill): 【待确认】 priceText 是页面用 setData 写入的展示状态（pages/goods/detail.ts），不是接口返回的字段：请填写取值，或把它从 mcp.json 的 outputSchema 中删掉。
        priceText: null,
        title: pick(goodsRes, 'data.title')
      },
      handoff: { query: `id=${queryValue(args.id)}` }
    }
  } catch (err) {
    console.error('[ai-mode] getGoodsDetail failed', err)
    return { isError: true, content: [{ type: 'text', text: '「查看商品详情」未能获取结果：' + errorText(err) + '。请告诉用户暂时无法获取，可以稍后再试；不要编造结果。' }] }
  }
}

module.exports = getGoodsDetail
