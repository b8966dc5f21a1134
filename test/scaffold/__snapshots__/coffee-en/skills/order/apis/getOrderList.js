// [ai-mode:static] API getOrderList: view order list
// Drafted by autoskill from the mini-program's code (pages/order/list.js:19); resolve every question marked [to confirm] before release.

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
      content: [{ type: 'text', text: 'The result of "view order list" is ready. Answer the user from it; call another API or point the user to the page only when they want to go on.' }],
      structuredContent: {
        list: pick(ordersRes, 'data.list'),
        // TODO(autoskill): [to confirm] loading is display state the page writes with setData (pages/order/list.js), not a response field: fill in its value, or remove it from the outputSchema in mcp.json.
        loading: null,
        // TODO(autoskill): [to confirm] noMore is display state the page writes with setData (pages/order/list.js), not a response field: fill in its value, or remove it from the outputSchema in mcp.json.
        noMore: null,
        // TODO(autoskill): [to confirm] orders is display state the page writes with setData (pages/order/list.js), not a response field: fill in its value, or remove it from the outputSchema in mcp.json.
        orders: null,
        // TODO(autoskill): [to confirm] page is display state the page writes with setData (pages/order/list.js), not a response field: fill in its value, or remove it from the outputSchema in mcp.json.
        page: null,
        // TODO(autoskill): [to confirm] status is display state the page writes with setData (pages/order/list.js), not a response field: fill in its value, or remove it from the outputSchema in mcp.json.
        status: null
      },
      handoff: { query: '' }
    }
  } catch (err) {
    console.error('[ai-mode] getOrderList failed', err)
    return { isError: true, content: [{ type: 'text', text: '"view order list" returned no result: ' + errorText(err) + '. Tell the user it is not available right now and may be tried later; never make up a result.' }] }
  }
}

module.exports = getOrderList
