// [ai-mode:static] API addToCart：加入购物车
// 由 autoskill 根据小程序代码静态生成，来源 pages/drink/drink.js:61；上线前请逐条处理标为【待确认】的问题。

const { BASE_URL, request } = require('../utils/request')
const { queryValue, errorText } = require('../utils/result')

async function addToCart(args = {}) {
  try {
    // [ai-mode:static] pages/drink/drink.js:63 wx.request POST https://coffee.example.com/api/cart/add
    const cartAddRes = await request({
      url: BASE_URL + '/cart/add',
      method: 'POST',
      data: {
        count: args.count,
        drinkId: args.drinkId,
        specs: args.specs,
        storeId: args.storeId
      },
      auth: true
    })

    return {
      content: [{ type: 'text', text: '已完成「加入购物车」。请把结果告诉用户；不要重复调用，以免重复提交。' }],
      structuredContent: {
        // TODO(autoskill): 【待确认】 adding 是页面用 setData 写入的展示状态（pages/drink/drink.js），不是接口返回的字段：请填写取值，或把它从 mcp.json 的 outputSchema 中删掉。
        adding: null
      },
      handoff: { query: `drinkId=${queryValue(args.drinkId)}&storeId=${queryValue(args.storeId)}` }
    }
  } catch (err) {
    console.error('[ai-mode] addToCart failed', err)
    return { isError: true, content: [{ type: 'text', text: '「加入购物车」未完成：' + errorText(err) + '。请告诉用户操作没有成功；不要自动重试，以免重复提交。' }] }
  }
}

module.exports = addToCart
