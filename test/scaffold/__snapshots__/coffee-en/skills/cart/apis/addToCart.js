// [ai-mode:static] API addToCart: add to cart
// Drafted by autoskill from the mini-program's code (pages/drink/drink.js:61); resolve every question marked [to confirm] before release.

const { BASE_URL, request } = require('../utils/request')
const { queryValue, errorText } = require('../utils/result')

async function addToCart(args = {}) {
  try {
    // [ai-mode:static] pages/drink/drink.js:63 wx.request POST https://coffee.example.com/api/cart/add
    const cartAddRes = await request({
      url: BASE_URL + '/cart/add',
      method: 'POST',
      data: {
        count: args.count,
        drinkId: args.drinkId,
        specs: args.specs,
        storeId: args.storeId
      },
      auth: true
    })

    return {
      content: [{ type: 'text', text: '"add to cart" is done. Tell the user the outcome; do not call again, to avoid submitting twice.' }],
      structuredContent: {
        // TODO(autoskill): [to confirm] adding is display state the page writes with setData (pages/drink/drink.js), not a response field: fill in its value, or remove it from the outputSchema in mcp.json.
        adding: null
      },
      handoff: { query: `drinkId=${queryValue(args.drinkId)}&storeId=${queryValue(args.storeId)}` }
    }
  } catch (err) {
    console.error('[ai-mode] addToCart failed', err)
    return { isError: true, content: [{ type: 'text', text: '"add to cart" was not completed: ' + errorText(err) + '. Tell the user it did not succeed; do not retry on your own, to avoid submitting twice.' }] }
  }
}

module.exports = addToCart
