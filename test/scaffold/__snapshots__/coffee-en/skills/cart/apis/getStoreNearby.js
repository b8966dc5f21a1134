// [ai-mode:static] API getStoreNearby: view nearby store
// Drafted by autoskill from the mini-program's code (pages/index/index.js:48); resolve every question marked [to confirm] before release.

const { BASE_URL, request } = require('../utils/request')
const { errorText } = require('../utils/result')

async function getStoreNearby(args = {}) {
  try {
    // [ai-mode:static] pages/index/index.js:59 wx.request GET https://coffee.example.com/api/stores/nearby
    const storesNearbyRes = await request({
      url: BASE_URL + '/stores/nearby',
      method: 'GET',
      data: {
        lat: args.lat,
        lng: args.lng
      }
    })

    return {
      content: [{ type: 'text', text: 'The result of "view nearby store" is ready. Answer the user from it; call another API or point the user to the page only when they want to go on.' }],
      structuredContent: {
        // TODO(autoskill): [to confirm] address is display state the page writes with setData (pages/index/index.js), not a response field: fill in its value, or remove it from the outputSchema in mcp.json.
        address: null,
        // TODO(autoskill): [to confirm] loading is display state the page writes with setData (pages/index/index.js), not a response field: fill in its value, or remove it from the outputSchema in mcp.json.
        loading: null,
        // TODO(autoskill): [to confirm] stores is display state the page writes with setData (pages/index/index.js), not a response field: fill in its value, or remove it from the outputSchema in mcp.json.
        stores: null
      },
      handoff: { query: '' }
    }
  } catch (err) {
    console.error('[ai-mode] getStoreNearby failed', err)
    return { isError: true, content: [{ type: 'text', text: '"view nearby store" returned no result: ' + errorText(err) + '. Tell the user it is not available right now and may be tried later; never make up a result.' }] }
  }
}

module.exports = getStoreNearby
