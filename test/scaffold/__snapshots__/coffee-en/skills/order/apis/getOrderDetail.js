// [ai-mode:static] API getOrderDetail: view order detail
// Drafted by autoskill from the mini-program's code (pages/order/detail.js:9); resolve every question marked [to confirm] before release.

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
      content: [{ type: 'text', text: 'The result of "view order detail" is ready. Answer the user from it; call another API or point the user to the page only when they want to go on.' }],
      structuredContent: {
        createTime: pick(ordersRes, 'data.createTime'),
        // TODO(autoskill): [to confirm] id is display state the page writes with setData (pages/order/detail.js), not a response field: fill in its value, or remove it from the outputSchema in mcp.json.
        id: null,
        // TODO(autoskill): [to confirm] order is display state the page writes with setData (pages/order/detail.js), not a response field: fill in its value, or remove it from the outputSchema in mcp.json.
        order: null,
        payAmount: pick(ordersRes, 'data.payAmount'),
        // TODO(autoskill): [to confirm] payExpireSeconds is read from the same endpoint on another page; it is read here at data.payExpireSeconds (pages/order/detail.js:15): check it.
        payExpireSeconds: pick(ordersRes, 'data.payExpireSeconds'),
        // TODO(autoskill): [to confirm] remain is display state the page writes with setData (pages/order/detail.js), not a response field: fill in its value, or remove it from the outputSchema in mcp.json.
        remain: null,
        // TODO(autoskill): [to confirm] remainText is display state the page writes with setData (pages/order/detail.js), not a response field: fill in its value, or remove it from the outputSchema in mcp.json.
        remainText: null
      },
      handoff: { query: `id=${queryValue(args.id)}` }
    }
  } catch (err) {
    console.error('[ai-mode] getOrderDetail failed', err)
    return { isError: true, content: [{ type: 'text', text: '"view order detail" returned no result: ' + errorText(err) + '. Tell the user it is not available right now and may be tried later; never make up a result.' }] }
  }
}

module.exports = getOrderDetail
