// [ai-mode:static] API cancelOrder: cancel order
// Drafted by autoskill from the mini-program's code (pages/order/detail.js:32); resolve every question marked [to confirm] before release.

const { BASE_URL, request } = require('../utils/request')
const { pick, queryValue, errorText } = require('../utils/result')

async function cancelOrder(args = {}) {
  try {
    // TODO(autoskill): [to confirm] The analysis does not record the order of these calls: writes come first, then reads, then payment. Check against the code (pages/order/detail.js:32).
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
      content: [{ type: 'text', text: '"cancel order" is done. Tell the user the outcome; do not call again, to avoid submitting twice.' }],
      structuredContent: {
        createTime: pick(ordersRes, 'data.createTime'),
        // TODO(autoskill): [to confirm] order is display state the page writes with setData (pages/order/detail.js), not a response field: fill in its value, or remove it from the outputSchema in mcp.json.
        order: null,
        payAmount: pick(ordersRes, 'data.payAmount')
      },
      handoff: { query: `id=${queryValue(args.id)}` }
    }
  } catch (err) {
    console.error('[ai-mode] cancelOrder failed', err)
    return { isError: true, content: [{ type: 'text', text: '"cancel order" was not completed: ' + errorText(err) + '. Tell the user it did not succeed; do not retry on your own, to avoid submitting twice.' }] }
  }
}

module.exports = cancelOrder
