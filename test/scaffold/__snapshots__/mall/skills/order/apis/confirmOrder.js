// [ai-mode:static] API confirmOrder：确认收货
// 由 autoskill 根据小程序代码静态生成，来源 packageOrder/detail/detail.js:62；上线前请逐条处理标为【待确认】的问题。

const { BASE_URL, request } = require('../utils/request')
const { pick, queryValue, errorText } = require('../utils/result')

async function confirmOrder(args = {}) {
  try {
    // TODO(autoskill): 【待确认】 这些调用的先后顺序没有出现在分析结果里：这里先写操作，再读数据，最后处理支付。请对照原代码确认（packageOrder/detail/detail.js:62）。
    // [ai-mode:static] utils/util.js:25 wx.request POST https://mall.example.com/api/order/confirm
    const orderConfirmRes = await request({
      url: BASE_URL + '/order/confirm',
      method: 'POST',
      data: {
        orderId: args.orderId
      },
      auth: true
    })

    // [ai-mode:static] utils/util.js:25 wx.request GET https://mall.example.com/api/order/detail
    const orderDetailRes = await request({
      url: BASE_URL + '/order/detail',
      method: 'GET',
      data: {
        orderId: args.orderId
      },
      auth: true
    })

    return {
      content: [{ type: 'text', text: '已完成「确认收货」。请把结果告诉用户；不要重复调用，以免重复提交。' }],
      // TODO(autoskill): 【待确认】 返回字段按原代码读取的路径取值（utils/util.js:25）；原代码经过请求封装时，封装可能已拆掉外层，请确认路径。
      structuredContent: {
        handleOption: pick(orderDetailRes, 'data.handleOption'),
        orderGoods: pick(orderDetailRes, 'data.orderGoods'),
        orderInfo: pick(orderDetailRes, 'data.orderInfo')
      },
      handoff: { query: `id=${queryValue(args.orderId)}` }
    }
  } catch (err) {
    console.error('[ai-mode] confirmOrder failed', err)
    return { isError: true, content: [{ type: 'text', text: '「确认收货」未完成：' + errorText(err) + '。请告诉用户操作没有成功；不要自动重试，以免重复提交。' }] }
  }
}

module.exports = confirmOrder
