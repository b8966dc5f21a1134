// [ai-mode:static] API getCartList: view cart list
// Drafted by autoskill from the mini-program's code (pages/cart/cart.js:16); resolve every question marked [to confirm] before release.

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
      content: [{ type: 'text', text: 'The result of "view cart list" is ready. Answer the user from it; call another API or point the user to the page only when they want to go on.' }],
      structuredContent: {
        items: pick(cartListRes, 'data.items'),
        // TODO(autoskill): [to confirm] storeId is display state the page writes with setData (pages/cart/cart.js), not a response field: fill in its value, or remove it from the outputSchema in mcp.json.
        storeId: null,
        total: pick(cartListRes, 'data.total'),
        // TODO(autoskill): [to confirm] totalText is display state the page writes with setData (pages/cart/cart.js), not a response field: fill in its value, or remove it from the outputSchema in mcp.json.
        totalText: null
      },
      handoff: { query: '' }
    }
  } catch (err) {
    console.error('[ai-mode] getCartList failed', err)
    return { isError: true, content: [{ type: 'text', text: '"view cart list" returned no result: ' + errorText(err) + '. Tell the user it is not available right now and may be tried later; never make up a result.' }] }
  }
}

module.exports = getCartList
