// [ai-mode:static] API deleteCartItem：删除购物车条目
// 由 autoskill 根据小程序代码静态生成，来源 pages/cart/index.ts:30；上线前请逐条处理标为【待确认】的问题。

const { BASE_URL, request } = require('../utils/request')
const { pick, errorText } = require('../utils/result')

async function deleteCartItem(args = {}) {
  try {
    // TODO(autoskill): 【待确认】 这些调用的先后顺序没有出现在分析结果里：这里先写操作，再读数据，最后处理支付。请对照原代码确认（pages/cart/index.ts:30）。
    // [ai-mode:static] services/http.ts:22 wx.request DELETE https://shop.example.com/v2/cart/items/{id}
    const cartItemsRes = await request({
      url: `${BASE_URL}/cart/items/${encodeURIComponent(args.id)}`,
      method: 'DELETE',
      auth: true
    })

    // [ai-mode:static] services/http.ts:22 wx.request GET https://shop.example.com/v2/cart
    const cartRes = await request({
      url: BASE_URL + '/cart',
      method: 'GET',
      auth: true
    })

    return {
      content: [{ type: 'text', text: '已完成「删除购物车条目」。请把结果告诉用户；不要重复调用，以免重复提交。' }],
      // TODO(autoskill): 【待确认】 返回字段按原代码读取的路径取值（services/http.ts:22）；原代码经过请求封装时，封装可能已拆掉外层，请确认路径。
      structuredContent: {
        items: pick(cartRes, 'data.items'),
        total: pick(cartRes, 'data.total'),
        // TODO(autoskill): 【待确认】 totalText 是页面用 setData 写入的展示状态（pages/cart/index.ts），不是接口返回的字段：请填写取值，或把它从 mcp.json 的 outputSchema 中删掉。
        totalText: null
      },
      handoff: { query: '' }
    }
  } catch (err) {
    console.error('[ai-mode] deleteCartItem failed', err)
    return { isError: true, content: [{ type: 'text', text: '「删除购物车条目」未完成：' + errorText(err) + '。请告诉用户操作没有成功；不要自动重试，以免重复提交。' }] }
  }
}

module.exports = deleteCartItem
