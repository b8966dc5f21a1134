// [ai-mode:static] API createOrder: create order
// Drafted by autoskill from the mini-program's code (pages/order/confirm.js:57); resolve every question marked [to confirm] before release.

const { BASE_URL, request } = require('../utils/request')
const { pick, queryValue, errorText } = require('../utils/result')

async function createOrder(args = {}) {
  try {
    // [ai-mode:static] pages/order/confirm.js:65 wx.request POST https://coffee.example.com/api/order/create
    const orderCreateRes = await request({
      url: BASE_URL + '/order/create',
      method: 'POST',
      data: {
        items: args.items,
        phone: args.phone,
        pickupType: args.pickupType,
        remark: args.remark,
        source: args.source,
        storeId: args.storeId
      },
      auth: true
    })

    // [ai-mode:static] pages/order/confirm.js:63 wx.setStorage phone
    // TODO(autoskill): [to confirm] The code also runs wx.setStorageSync('phone', args.phone) at pages/order/confirm.js:63, probably only under some condition (the analysis does not record conditions); add it only if needed.
    // wx.setStorageSync('phone', args.phone)

    return {
      content: [{ type: 'text', text: '"create order" is done. Tell the user the outcome; do not call again, to avoid submitting twice.' }],
      structuredContent: {
        orderId: pick(orderCreateRes, 'data.orderId'),
        // TODO(autoskill): [to confirm] submitting is display state the page writes with setData (pages/order/confirm.js), not a response field: fill in its value, or remove it from the outputSchema in mcp.json.
        submitting: null
      },
      handoff: { query: `mode=${queryValue(args.source)}&storeId=${queryValue(args.storeId)}` }
    }
  } catch (err) {
    console.error('[ai-mode] createOrder failed', err)
    return { isError: true, content: [{ type: 'text', text: '"create order" was not completed: ' + errorText(err) + '. Tell the user it did not succeed; do not retry on your own, to avoid submitting twice.' }] }
  }
}

module.exports = createOrder
