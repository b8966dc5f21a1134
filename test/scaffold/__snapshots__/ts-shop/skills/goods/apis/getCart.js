// [ai-mode:static] API getCart：查看购物车
// 由 autoskill 根据小程序代码静态生成，来源 pages/cart/index.ts:15；上线前请逐条处理标为【待确认】的问题。

const { BASE_URL, request } = require('../utils/request')
const { pick, errorText } = require('../utils/result')

async function getCart(args = {}) {
  try {
    // [ai-mode:static] services/http.ts:22 wx.request GET https://shop.example.com/v2/cart
    const cartRes = await request({
      url: BASE_URL + '/cart',
      method: 'GET',
      auth: true
    })

    // [ai-mode:static] services/http.ts:22 wx.request GET https://shop.example.com/v2/goods
    const goodsRes = await request({
      url: BASE_URL + '/goods',
      method: 'GET',
      data: {
        page: args.page,
        size: args.size
      },
      auth: true
    })

    return {
      content: [{ type: 'text', text: '已获取「查看购物车」的结果。请根据结果回答用户；需要用户继续操作时，再调用相应接口或引导用户打开页面。' }],
      // TODO(autoskill): 【待确认】 返回字段按原代码读取的路径取值（services/http.ts:22）；原代码经过请求封装时，封装可能已拆掉外层，请确认路径。
      structuredContent: {
        items: pick(cartRes, 'data.items'),
        list: pick(goodsRes, 'data.list'),
        // TODO(autoskill): 【待确认】 recommend 是页面用 setData 写入的展示状态（pages/cart/index.ts），不是接口返回的字段：请填写取值，或把它从 mcp.json 的 outputSchema 中删掉。
        recommend: null,
        total: pick(cartRes, 'data.total'),
        // TODO(autoskill): 【待确认】 totalText 是页面用 setData 写入的展示状态（pages/cart/index.ts），不是接口返回的字段：请填写取值，或把它从 mcp.json 的 outputSchema 中删掉。
        totalText: null
      },
      handoff: { query: '' }
    }
  } catch (err) {
    console.error('[ai-mode] getCart failed', err)
    return { isError: true, content: [{ type: 'text', text: '「查看购物车」未能获取结果：' + errorText(err) + '。请告诉用户暂时无法获取，可以稍后再试；不要编造结果。' }] }
  }
}

module.exports = getCart
