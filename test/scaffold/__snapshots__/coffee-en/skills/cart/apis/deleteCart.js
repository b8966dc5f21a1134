// [ai-mode:static] API deleteCart: delete cart
// Drafted by autoskill from the mini-program's code (pages/cart/cart.js:54); resolve every question marked [to confirm] before release.

const { BASE_URL, request } = require('../utils/request')
const { pick, errorText } = require('../utils/result')

async function deleteCart(args = {}) {
  try {
    // TODO(autoskill): [to confirm] The analysis does not record the order of these calls: writes come first, then reads, then payment. Check against the code (pages/cart/cart.js:54).
    // [ai-mode:static] pages/cart/cart.js:61 wx.request POST https://coffee.example.com/api/cart/delete
    const cartDeleteRes = await request({
      url: BASE_URL + '/cart/delete',
      method: 'POST',
      data: {
        goodsIds: args.goodsIds
      },
      auth: true
    })

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
      content: [{ type: 'text', text: '"delete cart" is done. Tell the user the outcome; do not call again, to avoid submitting twice.' }],
      structuredContent: {
        items: pick(cartListRes, 'data.items'),
        total: pick(cartListRes, 'data.total'),
        // TODO(autoskill): [to confirm] totalText is display state the page writes with setData (pages/cart/cart.js), not a response field: fill in its value, or remove it from the outputSchema in mcp.json.
        totalText: null
      },
      handoff: { query: '' }
    }
  } catch (err) {
    console.error('[ai-mode] deleteCart failed', err)
    return { isError: true, content: [{ type: 'text', text: '"delete cart" was not completed: ' + errorText(err) + '. Tell the user it did not succeed; do not retry on your own, to avoid submitting twice.' }] }
  }
}

module.exports = deleteCart
