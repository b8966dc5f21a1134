// [ai-mode:static] API getDrinkDetail: view drink detail
// Drafted by autoskill from the mini-program's code (pages/drink/drink.js:14); resolve every question marked [to confirm] before release.

const { BASE_URL, request } = require('../utils/request')
const { pick, queryValue, errorText } = require('../utils/result')

async function getDrinkDetail(args = {}) {
  try {
    // [ai-mode:static] pages/drink/drink.js:24 wx.request GET https://coffee.example.com/api/drinks/{drinkId}
    const drinksRes = await request({
      url: `${BASE_URL}/drinks/${encodeURIComponent(args.drinkId)}`,
      method: 'GET',
      data: {
        storeId: args.storeId
      }
    })

    return {
      content: [{ type: 'text', text: 'The result of "view drink detail" is ready. Answer the user from it; call another API or point the user to the page only when they want to go on.' }],
      structuredContent: {
        // TODO(autoskill): [to confirm] drink is display state the page writes with setData (pages/drink/drink.js), not a response field: fill in its value, or remove it from the outputSchema in mcp.json.
        drink: null,
        // TODO(autoskill): [to confirm] selected is display state the page writes with setData (pages/drink/drink.js), not a response field: fill in its value, or remove it from the outputSchema in mcp.json.
        selected: null,
        specGroups: pick(drinksRes, 'data.specGroups'),
        // TODO(autoskill): [to confirm] totalText is display state the page writes with setData (pages/drink/drink.js), not a response field: fill in its value, or remove it from the outputSchema in mcp.json.
        totalText: null
      },
      handoff: { query: `drinkId=${queryValue(args.drinkId)}&storeId=${queryValue(args.storeId)}` }
    }
  } catch (err) {
    console.error('[ai-mode] getDrinkDetail failed', err)
    return { isError: true, content: [{ type: 'text', text: '"view drink detail" returned no result: ' + errorText(err) + '. Tell the user it is not available right now and may be tried later; never make up a result.' }] }
  }
}

module.exports = getDrinkDetail
