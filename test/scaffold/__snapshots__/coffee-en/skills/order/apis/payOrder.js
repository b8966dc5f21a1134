// [ai-mode:static] API payOrder: pay order
// Drafted by autoskill from the mini-program's code (pages/order/pay.js:50); resolve every question marked [to confirm] before release.
// Payment: wx.requestPayment only runs in a card's tap callback (scope.dynamic), so this API does not pay; it takes the user to the payment page. One call at a time.

const { BASE_URL, request } = require('../utils/request')
const { pick, queryValue, errorText } = require('../utils/result')

let inFlight = false

async function payOrder(args = {}) {
  if (inFlight) {
    return { isError: true, content: [{ type: 'text', text: 'A payment is still in progress. Wait for it to end; never start payments concurrently or repeatedly.' }] }
  }
  inFlight = true
  try {
    // [ai-mode:static] pages/order/pay.js:53 wx.request POST https://coffee.example.com/api/pay/prepay
    const payPrepayRes = await request({
      url: BASE_URL + '/pay/prepay',
      method: 'POST',
      data: {
        orderId: args.orderId
      },
      auth: true
    })

    // [ai-mode:static] pages/order/pay.js:60 wx.requestPayment
    // TODO(autoskill): [to confirm] The page calls wx.requestPayment at pages/order/pay.js:60; a skill API cannot pay (that needs a card's tap callback and scope.dynamic), so this API takes the user to the payment page instead.

    return {
      content: [{ type: 'text', text: 'The payment for "pay order" is prepared, nothing is paid yet. Show the user the order and amount first and let them confirm and pay on the payment page; never call concurrently or repeatedly, and do not say it is paid before the page reports success.' }],
      structuredContent: {
        nonceStr: pick(payPrepayRes, 'data.nonceStr'),
        package: pick(payPrepayRes, 'data.package'),
        paySign: pick(payPrepayRes, 'data.paySign'),
        // TODO(autoskill): [to confirm] paying is display state the page writes with setData (pages/order/pay.js), not a response field: fill in its value, or remove it from the outputSchema in mcp.json.
        paying: null,
        signType: pick(payPrepayRes, 'data.signType'),
        timeStamp: pick(payPrepayRes, 'data.timeStamp')
      },
      handoff: { query: `orderId=${queryValue(args.orderId)}` }
    }
  } catch (err) {
    console.error('[ai-mode] payOrder failed', err)
    return { isError: true, content: [{ type: 'text', text: '"pay order" could not start the payment: ' + errorText(err) + '. Tell the user no payment was started and do not claim it is paid; start again only after the user confirms.' }] }
  } finally {
    inFlight = false
  }
}

module.exports = payOrder
