// [ai-mode:static] API getOrderDetail：查看订单详情
// 由 autoskill 根据小程序代码静态生成，来源 pages/order/detail.js:9；上线前请逐条处理标为【待确认】的问题。

const { BASE_URL, request } = require('../utils/request')
const { pick, queryValue, errorText } = require('../utils/result')

async function getOrderDetail(args = {}) {
  try {
    // [ai-mode:static] pages/order/detail.js:15 wx.request GET https://coffee.example.com/api/orders/{id}
    const ordersRes = await request({
      url: `${BASE_URL}/orders/${encodeURIComponent(args.id)}`,
      method: 'GET',
      auth: true
    })

    return {
      content: [{ type: 'text', text: '已获取「查看订单详情」的结果。请根据结果回答用户；需要用户继续操作时，再调用相应接口或引导用户打开页面。' }],
      structuredContent: {
        createTime: pick(ordersRes, 'data.createTime'),
        // TODO(autoskill): 【待确认】 id 是页面用 setData 写入的展示状态（pages/order/detail.js），不是接口返回的字段：请填写取值，或把它从 mcp.json 的 outputSchema 中删掉。
        id: null,
        // TODO(autoskill): 【待确认】 order 是页面用 setData 写入的展示状态（pages/order/detail.js），不是接口返回的字段：请填写取值，或把它从 mcp.json 的 outputSchema 中删掉。
        order: null,
        payAmount: pick(ordersRes, 'data.payAmount'),
        // TODO(autoskill): 【待确认】 payExpireSeconds 是另一个页面读取同一接口时用到的字段，这里按 data.payExpireSeconds 读取（pages/order/detail.js:15），请确认。
        payExpireSeconds: pick(ordersRes, 'data.payExpireSeconds'),
        // TODO(autoskill): 【待确认】 remain 是页面用 setData 写入的展示状态（pages/order/detail.js），不是接口返回的字段：请填写取值，或把它从 mcp.json 的 outputSchema 中删掉。
        remain: null,
        // TODO(autoskill): 【待确认】 remainText 是页面用 setData 写入的展示状态（pages/order/detail.js），不是接口返回的字段：请填写取值，或把它从 mcp.json 的 outputSchema 中删掉。
        remainText: null
      },
      handoff: { query: `id=${queryValue(args.id)}` }
    }
  } catch (err) {
    console.error('[ai-mode] getOrderDetail failed', err)
    return { isError: true, content: [{ type: 'text', text: '「查看订单详情」未能获取结果：' + errorText(err) + '。请告诉用户暂时无法获取，可以稍后再试；不要编造结果。' }] }
  }
}

module.exports = getOrderDetail
