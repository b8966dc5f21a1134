// [ai-mode:static] API getOrderPreview: view order preview
// Drafted by autoskill from the mini-program's code (pages/order/confirm.js:12); resolve every question marked [to confirm] before release.

const { BASE_URL, request } = require('../utils/request')
const { pick, queryValue, errorText } = require('../utils/result')

async function getOrderPreview(args = {}) {
  try {
    // [ai-mode:static] pages/order/confirm.js:42 wx.request POST https://coffee.example.com/api/order/preview
    const orderPreviewRes = await request({
      url: BASE_URL + '/order/preview',
      method: 'POST',
      data: {
        items: args.items,
        pickupType: args.pickupType,
        source: args.source,
        storeId: args.storeId
      },
      auth: true
    })

    return {
      content: [{ type: 'text', text: 'The result of "view order preview" is ready. Answer the user from it; call another API or point the user to the page only when they want to go on.' }],
      structuredContent: {
        discount: pick(orderPreviewRes, 'data.discount'),
        items: pick(orderPreviewRes, 'data.items'),
        payAmount: pick(orderPreviewRes, 'data.payAmount'),
        // TODO(autoskill): [to confirm] phone is display state the page writes with setData (pages/order/confirm.js), not a response field: fill in its value, or remove it from the outputSchema in mcp.json.
        phone: null,
        // TODO(autoskill): [to confirm] pickupType is display state the page writes with setData (pages/order/confirm.js), not a response field: fill in its value, or remove it from the outputSchema in mcp.json.
        pickupType: null,
        // TODO(autoskill): [to confirm] preview is display state the page writes with setData (pages/order/confirm.js), not a response field: fill in its value, or remove it from the outputSchema in mcp.json.
        preview: null
      },
      handoff: { query: `mode=${queryValue(args.source)}&storeId=${queryValue(args.storeId)}` }
    }
  } catch (err) {
    console.error('[ai-mode] getOrderPreview failed', err)
    return { isError: true, content: [{ type: 'text', text: '"view order preview" returned no result: ' + errorText(err) + '. Tell the user it is not available right now and may be tried later; never make up a result.' }] }
  }
}

module.exports = getOrderPreview
