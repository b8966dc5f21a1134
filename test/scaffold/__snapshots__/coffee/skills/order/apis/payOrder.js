// [ai-mode:static] API payOrder：微信支付
// 由 autoskill 根据小程序代码静态生成，来源 pages/order/pay.js:50；上线前请逐条处理标为【待确认】的问题。
// 涉及支付：wx.requestPayment 只能在卡片的点击回调里调用（scope.dynamic），这里不直接付款，而是把用户带到支付页面；同一时间只允许一次调用。

const { BASE_URL, request } = require('../utils/request')
const { pick, queryValue, errorText } = require('../utils/result')

let inFlight = false

async function payOrder(args = {}) {
  if (inFlight) {
    return { isError: true, content: [{ type: 'text', text: '上一次支付仍在进行中。请等它结束后再说，不要并发或重复发起支付。' }] }
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
    // TODO(autoskill): 【待确认】 原页面在 pages/order/pay.js:60 调用 wx.requestPayment；技能的 API 不能直接付款（需卡片组件的点击回调和 scope.dynamic），这里改为把用户带到支付页面。

    return {
      content: [{ type: 'text', text: '已为「微信支付」准备好支付信息，尚未付款。请先向用户展示订单内容和金额，由用户确认后在支付页面完成支付；不要并发或重复调用，页面返回支付成功之前不要告诉用户已支付。' }],
      structuredContent: {
        nonceStr: pick(payPrepayRes, 'data.nonceStr'),
        package: pick(payPrepayRes, 'data.package'),
        paySign: pick(payPrepayRes, 'data.paySign'),
        // TODO(autoskill): 【待确认】 paying 是页面用 setData 写入的展示状态（pages/order/pay.js），不是接口返回的字段：请填写取值，或把它从 mcp.json 的 outputSchema 中删掉。
        paying: null,
        signType: pick(payPrepayRes, 'data.signType'),
        timeStamp: pick(payPrepayRes, 'data.timeStamp')
      },
      handoff: { query: `orderId=${queryValue(args.orderId)}` }
    }
  } catch (err) {
    console.error('[ai-mode] payOrder failed', err)
    return { isError: true, content: [{ type: 'text', text: '「微信支付」未能发起支付：' + errorText(err) + '。请告诉用户支付没有发起，不要声称已支付；等用户确认后再重新发起。' }] }
  } finally {
    inFlight = false
  }
}

module.exports = payOrder
