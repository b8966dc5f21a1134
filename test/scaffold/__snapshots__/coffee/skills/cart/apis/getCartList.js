// [ai-mode:static] API getCartList：查看购物车
// 由 autoskill 根据小程序代码静态生成，来源 pages/cart/cart.js:16；上线前请逐条处理标为【待确认】的问题。

const { BASE_URL, request } = require('../utils/request')
const { pick, errorText } = require('../utils/result')

async function getCartList(args = {}) {
  try {
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
      content: [{ type: 'text', text: '已获取「查看购物车」的结果。请根据结果回答用户；需要用户继续操作时，再调用相应接口或引导用户打开页面。' }],
      structuredContent: {
        items: pick(cartListRes, 'data.items'),
        // TODO(autoskill): 【待确认】 storeId 是页面用 setData 写入的展示状态（pages/cart/cart.js），不是接口返回的字段：请填写取值，或把它从 mcp.json 的 outputSchema 中删掉。
        storeId: null,
        total: pick(cartListRes, 'data.total'),
        // TODO(autoskill): 【待确认】 totalText 是页面用 setData 写入的展示状态（pages/cart/cart.js），不是接口返回的字段：请填写取值，或把它从 mcp.json 的 outputSchema 中删掉。
        totalText: null
      },
      handoff: { query: '' }
    }
  } catch (err) {
    console.error('[ai-mode] getCartList failed', err)
    return { isError: true, content: [{ type: 'text', text: '「查看购物车」未能获取结果：' + errorText(err) + '。请告诉用户暂时无法获取，可以稍后再试；不要编造结果。' }] }
  }
}

module.exports = getCartList
