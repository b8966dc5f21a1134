// [ai-mode:static] API cancelOrder：取消订单
// 由 autoskill 根据小程序代码静态生成，来源 pages/order/detail.js:32；上线前请逐条处理标为【待确认】的问题。

const { BASE_URL, request } = require('../utils/request')
const { pick, queryValue, errorText } = require('../utils/result')

async function cancelOrder(args = {}) {
  try {
    // TODO(autoskill): 【待确认】 这些调用的先后顺序没有出现在分析结果里：这里先写操作，再读数据，最后处理支付。请对照原代码确认（pages/order/detail.js:32）。
    // [ai-mode:static] pages/order/detail.js:39 wx.request POST https://coffee.example.com/api/orders/{id}/cancel
    const ordersCancelRes = await request({
      url: `${BASE_URL}/orders/${encodeURIComponent(args.id)}/cancel`,
      method: 'POST',
      auth: true
    })

    // [ai-mode:static] pages/order/detail.js:15 wx.request GET https://coffee.example.com/api/orders/{id}
    const ordersRes = await request({
      url: `${BASE_URL}/orders/${encodeURIComponent(args.id)}`,
      method: 'GET',
      auth: true
    })

    return {
      content: [{ type: 'text', text: '已完成「取消订单」。请把结果告诉用户；不要重复调用，以免重复提交。' }],
      structuredContent: {
        createTime: pick(ordersRes, 'data.createTime'),
        // TODO(autoskill): 【待确认】 order 是页面用 setData 写入的展示状态（pages/order/detail.js），不是接口返回的字段：请填写取值，或把它从 mcp.json 的 outputSchema 中删掉。
        order: null,
        payAmount: pick(ordersRes, 'data.payAmount')
      },
      handoff: { query: `id=${queryValue(args.id)}` }
    }
  } catch (err) {
    console.error('[ai-mode] cancelOrder failed', err)
    return { isError: true, content: [{ type: 'text', text: '「取消订单」未完成：' + errorText(err) + '。请告诉用户操作没有成功；不要自动重试，以免重复提交。' }] }
  }
}

module.exports = cancelOrder
