// [ai-mode:static] API getMenu: view menu
// Drafted by autoskill from the mini-program's code (pages/menu/menu.js:14); resolve every question marked [to confirm] before release.

const { BASE_URL, request } = require('../utils/request')
const { pick, queryValue, errorText } = require('../utils/result')

async function getMenu(args = {}) {
  try {
    // [ai-mode:static] pages/menu/menu.js:27 wx.request GET https://coffee.example.com/api/stores/{storeId}
    const storesRes = await request({
      url: `${BASE_URL}/stores/${encodeURIComponent(args.storeId)}`,
      method: 'GET'
    })

    // [ai-mode:static] pages/menu/menu.js:38 wx.request GET https://coffee.example.com/api/stores/{storeId}/menu
    const storesMenuRes = await request({
      url: `${BASE_URL}/stores/${encodeURIComponent(args.storeId)}/menu`,
      method: 'GET'
    })

    return {
      content: [{ type: 'text', text: 'The result of "view menu" is ready. Answer the user from it; call another API or point the user to the page only when they want to go on.' }],
      structuredContent: {
        // TODO(autoskill): [to confirm] cartCount is display state the page writes with setData (pages/menu/menu.js), not a response field: fill in its value, or remove it from the outputSchema in mcp.json.
        cartCount: null,
        // TODO(autoskill): [to confirm] categories is display state the page writes with setData (pages/menu/menu.js), not a response field: fill in its value, or remove it from the outputSchema in mcp.json.
        categories: null,
        name: pick(storesRes, 'data.name'),
        // TODO(autoskill): [to confirm] store is display state the page writes with setData (pages/menu/menu.js), not a response field: fill in its value, or remove it from the outputSchema in mcp.json.
        store: null,
        // TODO(autoskill): [to confirm] storeId is display state the page writes with setData (pages/menu/menu.js), not a response field: fill in its value, or remove it from the outputSchema in mcp.json.
        storeId: null
      },
      handoff: { query: `storeId=${queryValue(args.storeId)}` }
    }
  } catch (err) {
    console.error('[ai-mode] getMenu failed', err)
    return { isError: true, content: [{ type: 'text', text: '"view menu" returned no result: ' + errorText(err) + '. Tell the user it is not available right now and may be tried later; never make up a result.' }] }
  }
}

module.exports = getMenu
