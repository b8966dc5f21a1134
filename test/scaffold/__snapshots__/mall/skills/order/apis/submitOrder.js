// [ai-mode:static] API submitOrder：去付款
// 由 autoskill 根据小程序代码静态生成，来源 packageOrder/checkout/checkout.js:77；上线前请逐条处理标为【待确认】的问题。
// 涉及支付：wx.requestPayment 只能在卡片的点击回调里调用（scope.dynamic），这里不直接付款，而是把用户带到支付页面；同一时间只允许一次调用。

const { BASE_URL, request } = require('../utils/request')
const { pick, errorText } = require('../utils/result')

let inFlight = false

async function submitOrder(args = {}) {
  if (inFlight) {
    return { isError: true, content: [{ type: 'text', text: '上一次支付仍在进行中。请等它结束后再说，不要并发或重复发起支付。' }] }
  }
  inFlight = true
  try {
    // TODO(autoskill): 【待确认】 这些调用的先后顺序没有出现在分析结果里：这里先写操作，再读数据，最后处理支付。请对照原代码确认（packageOrder/checkout/checkout.js:77）。
    // [ai-mode:static] utils/util.js:25 wx.request POST https://mall.example.com/api/order/submit
    const orderSubmitRes = await request({
      url: BASE_URL + '/order/submit',
      method: 'POST',
      data: {
        // [ai-mode:static] utils/util.js:25 storage addressId
        addressId: wx.getStorageSync('addressId'),
        couponId: args.couponId,
        isBuy: args.isBuy,
        message: args.message
      },
      auth: true
    })

    // [ai-mode:static] utils/util.js:25 wx.request POST https://mall.example.com/api/pay/prepay
    const payPrepayRes = await request({
      url: BASE_URL + '/pay/prepay',
      method: 'POST',
      data: {
        orderId: args.orderId
      },
      auth: true
    })

    // [ai-mode:static] services/pay.js:17 wx.requestPayment
    // TODO(autoskill): 【待确认】 原页面在 services/pay.js:17 调用 wx.requestPayment；技能的 API 不能直接付款（需卡片组件的点击回调和 scope.dynamic），这里改为把用户带到支付页面。

    return {
      content: [{ type: 'text', text: '已为「去付款」准备好支付信息，尚未付款。请先向用户展示订单内容和金额，由用户确认后在支付页面完成支付；不要并发或重复调用，页面返回支付成功之前不要告诉用户已支付。' }],
      // TODO(autoskill): 【待确认】 返回字段按原代码读取的路径取值（utils/util.js:25）；原代码经过请求封装时，封装可能已拆掉外层，请确认路径。
      structuredContent: {
        nonceStr: pick(payPrepayRes, 'data.nonceStr'),
        orderInfo: pick(orderSubmitRes, 'data.orderInfo'),
        package: pick(payPrepayRes, 'data.package'),
        paySign: pick(payPrepayRes, 'data.paySign'),
        signType: pick(payPrepayRes, 'data.signType'),
        timeStamp: pick(payPrepayRes, 'data.timeStamp')
      },
      handoff: { query: '' }
    }
  } catch (err) {
    console.error('[ai-mode] submitOrder failed', err)
    return { isError: true, content: [{ type: 'text', text: '「去付款」未能发起支付：' + errorText(err) + '。请告诉用户支付没有发起，不要声称已支付；等用户确认后再重新发起。' }] }
  } finally {
    inFlight = false
  }
}

module.exports = submitOrder
