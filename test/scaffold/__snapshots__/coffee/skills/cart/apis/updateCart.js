// [ai-mode:static] API updateCart：修改购物车
// 由 autoskill 根据小程序代码静态生成，来源 pages/cart/cart.js:37；上线前请逐条处理标为【待确认】的问题。

const { BASE_URL, request } = require('../utils/request')
const { pick, errorText } = require('../utils/result')

async function updateCart(args = {}) {
  try {
    // TODO(autoskill): 【待确认】 这些调用的先后顺序没有出现在分析结果里：这里先写操作，再读数据，最后处理支付。请对照原代码确认（pages/cart/cart.js:37）。
    // [ai-mode:static] pages/cart/cart.js:45 wx.request POST https://coffee.example.com/api/cart/update
    const cartUpdateRes = await request({
      url: BASE_URL + '/cart/update',
      method: 'POST',
      data: {
        count: args.count,
        goodsId: args.goodsId
      },
      auth: true
    })

    // [ai-mode:static] pages/cart/cart.js:61 wx.request POST https://coffee.example.com/api/cart/delete
    const cartDeleteRes = await request({
      url: BASE_URL + '/cart/delete',
      method: 'POST',
      data: {
        goodsIds: args.goodsIds
      },
      auth: true
    })

    // [ai-mode:static] pages/cart/cart.js:23 wx.request GET https://coffee.example.com/api/cart/list
    const cartListRes = await request({
      url: BASE_URL + '/cart/list',
      method: 'GET',
      data: {
        storeId: args.storeId
      },
      auth: true
    })

    return {
      content: [{ type: 'text', text: '已完成「修改购物车」。请把结果告诉用户；不要重复调用，以免重复提交。' }],
      structuredContent: {
        items: pick(cartListRes, 'data.items'),
        total: pick(cartListRes, 'data.total'),
        // TODO(autoskill): 【待确认】 totalText 是页面用 setData 写入的展示状态（pages/cart/cart.js），不是接口返回的字段：请填写取值，或把它从 mcp.json 的 outputSchema 中删掉。
        totalText: null
      },
      handoff: { query: '' }
    }
  } catch (err) {
    console.error('[ai-mode] updateCart failed', err)
    return { isError: true, content: [{ type: 'text', text: '「修改购物车」未完成：' + errorText(err) + '。请告诉用户操作没有成功；不要自动重试，以免重复提交。' }] }
  }
}

module.exports = updateCart
