// [ai-mode:static] API getCartCheckout：打开填写订单页
// 由 autoskill 根据小程序代码静态生成，来源 packageOrder/checkout/checkout.js:23；上线前请逐条处理标为【待确认】的问题。

const { BASE_URL, request } = require('../utils/request')
const { pick, errorText } = require('../utils/result')

async function getCartCheckout(args = {}) {
  try {
    // [ai-mode:static] utils/util.js:25 wx.request GET https://mall.example.com/api/cart/checkout
    const cartCheckoutRes = await request({
      url: BASE_URL + '/cart/checkout',
      method: 'GET',
      data: {
        // [ai-mode:static] utils/util.js:25 storage addressId
        addressId: wx.getStorageSync('addressId'),
        couponId: args.couponId,
        isBuy: args.isBuy
      },
      auth: true
    })

    return {
      content: [{ type: 'text', text: '已获取「打开填写订单页」的结果。请根据结果回答用户；需要用户继续操作时，再调用相应接口或引导用户打开页面。' }],
      // TODO(autoskill): 【待确认】 返回字段按原代码读取的路径取值（utils/util.js:25）；原代码经过请求封装时，封装可能已拆掉外层，请确认路径。
      structuredContent: {
        actualPrice: pick(cartCheckoutRes, 'data.actualPrice'),
        // TODO(autoskill): 【待确认】 addressId 是页面用 setData 写入的展示状态（packageOrder/checkout/checkout.js），不是接口返回的字段：请填写取值，或把它从 mcp.json 的 outputSchema 中删掉。
        addressId: null,
        checkedAddress: pick(cartCheckoutRes, 'data.checkedAddress'),
        checkedCoupon: pick(cartCheckoutRes, 'data.checkedCoupon'),
        checkedGoodsList: pick(cartCheckoutRes, 'data.checkedGoodsList'),
        couponList: pick(cartCheckoutRes, 'data.couponList'),
        couponPrice: pick(cartCheckoutRes, 'data.couponPrice'),
        freightPrice: pick(cartCheckoutRes, 'data.freightPrice'),
        goodsTotalPrice: pick(cartCheckoutRes, 'data.goodsTotalPrice'),
        // TODO(autoskill): 【待确认】 isBuy 是页面用 setData 写入的展示状态（packageOrder/checkout/checkout.js），不是接口返回的字段：请填写取值，或把它从 mcp.json 的 outputSchema 中删掉。
        isBuy: null,
        orderTotalPrice: pick(cartCheckoutRes, 'data.orderTotalPrice')
      },
      handoff: { query: '' }
    }
  } catch (err) {
    console.error('[ai-mode] getCartCheckout failed', err)
    return { isError: true, content: [{ type: 'text', text: '「打开填写订单页」未能获取结果：' + errorText(err) + '。请告诉用户暂时无法获取，可以稍后再试；不要编造结果。' }] }
  }
}

module.exports = getCartCheckout
