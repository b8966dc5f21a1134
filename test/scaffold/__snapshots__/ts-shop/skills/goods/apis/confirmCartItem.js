// [ai-mode:static] API confirmCartItem：确认购物车条目
// 由 autoskill 根据小程序代码静态生成，来源 pages/goods/detail.ts:48；上线前请逐条处理标为【待确认】的问题。

const { BASE_URL, request } = require('../utils/request')
const { queryValue, errorText } = require('../utils/result')

async function confirmCartItem(args = {}) {
  try {
    // [ai-mode:static] services/http.ts:22 wx.request POST https://shop.example.com/v2/cart/items
    const cartItemsRes = await request({
      url: BASE_URL + '/cart/items',
      method: 'POST',
      data: {
        count: args.count,
        goodsId: args.goodsId,
        skuId: args.skuId
      },
      auth: true
    })

    return {
      content: [{ type: 'text', text: '已完成「确认购物车条目」。请把结果告诉用户；不要重复调用，以免重复提交。' }],
      structuredContent: {
        // TODO(autoskill): 【待确认】 skuShow 是页面用 setData 写入的展示状态（pages/goods/detail.ts），不是接口返回的字段：请填写取值，或把它从 mcp.json 的 outputSchema 中删掉。
        skuShow: null
      },
      handoff: { query: `id=${queryValue(args.goodsId)}` }
    }
  } catch (err) {
    console.error('[ai-mode] confirmCartItem failed', err)
    return { isError: true, content: [{ type: 'text', text: '「确认购物车条目」未完成：' + errorText(err) + '。请告诉用户操作没有成功；不要自动重试，以免重复提交。' }] }
  }
}

module.exports = confirmCartItem
