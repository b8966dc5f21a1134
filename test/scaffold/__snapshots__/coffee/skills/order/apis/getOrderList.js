// [ai-mode:static] API getOrderList：查看我的订单
// 由 autoskill 根据小程序代码静态生成，来源 pages/order/list.js:19；上线前请逐条处理标为【待确认】的问题。

const { BASE_URL, request } = require('../utils/request')
const { pick, errorText } = require('../utils/result')

async function getOrderList(args = {}) {
  try {
    // [ai-mode:static] pages/order/list.js:44 wx.request GET https://coffee.example.com/api/orders
    const ordersRes = await request({
      url: BASE_URL + '/orders',
      method: 'GET',
      data: {
        page: args.page,
        size: args.size,
        status: args.status
      },
      auth: true
    })

    return {
      content: [{ type: 'text', text: '已获取「查看我的订单」的结果。请根据结果回答用户；需要用户继续操作时，再调用相应接口或引导用户打开页面。' }],
      structuredContent: {
        list: pick(ordersRes, 'data.list'),
        // TODO(autoskill): 【待确认】 loading 是页面用 setData 写入的展示状态（pages/order/list.js），不是接口返回的字段：请填写取值，或把它从 mcp.json 的 outputSchema 中删掉。
        loading: null,
        // TODO(autoskill): 【待确认】 noMore 是页面用 setData 写入的展示状态（pages/order/list.js），不是接口返回的字段：请填写取值，或把它从 mcp.json 的 outputSchema 中删掉。
        noMore: null,
        // TODO(autoskill): 【待确认】 orders 是页面用 setData 写入的展示状态（pages/order/list.js），不是接口返回的字段：请填写取值，或把它从 mcp.json 的 outputSchema 中删掉。
        orders: null,
        // TODO(autoskill): 【待确认】 page 是页面用 setData 写入的展示状态（pages/order/list.js），不是接口返回的字段：请填写取值，或把它从 mcp.json 的 outputSchema 中删掉。
        page: null,
        // TODO(autoskill): 【待确认】 status 是页面用 setData 写入的展示状态（pages/order/list.js），不是接口返回的字段：请填写取值，或把它从 mcp.json 的 outputSchema 中删掉。
        status: null
      },
      handoff: { query: '' }
    }
  } catch (err) {
    console.error('[ai-mode] getOrderList failed', err)
    return { isError: true, content: [{ type: 'text', text: '「查看我的订单」未能获取结果：' + errorText(err) + '。请告诉用户暂时无法获取，可以稍后再试；不要编造结果。' }] }
  }
}

module.exports = getOrderList
