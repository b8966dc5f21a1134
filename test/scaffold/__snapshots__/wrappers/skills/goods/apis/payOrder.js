// [ai-mode:static] API payOrder：立即购买
// 由 autoskill 根据小程序代码静态生成，来源 pages/detail/detail.js:48；上线前请逐条处理标为【待确认】的问题。
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
    // [ai-mode:static] utils/http.js:5 wx.request POST https://w.example.com/api/orders
    const ordersRes = await request({
      url: BASE_URL + '/orders',
      method: 'POST',
      data: {
        count: args.count,
        itemId: args.itemId
      },
      auth: true
    })

    // [ai-mode:static] utils/promisify.js:8 wx.requestPayment
    // TODO(autoskill): 【待确认】 原页面在 utils/promisify.js:8 调用 wx.requestPayment；技能的 API 不能直接付款（需卡片组件的点击回调和 scope.dynamic），这里改为把用户带到支付页面。

    return {
      content: [{ type: 'text', text: '已为「立即购买」准备好支付信息，尚未付款。请先向用户展示订单内容和金额，由用户确认后在支付页面完成支付；不要并发或重复调用，页面返回支付成功之前不要告诉用户已支付。' }],
      // TODO(autoskill): 【待确认】 返回字段按原代码读取的路径取值（utils/http.js:5）；原代码经过请求封装时，封装可能已拆掉外层，请确认路径。
      structuredContent: {
        payParams: pick(ordersRes, 'payParams'),
        // TODO(autoskill): 【待确认】 paying 是页面用 setData 写入的展示状态（pages/detail/detail.js），不是接口返回的字段：请填写取值，或把它从 mcp.json 的 outputSchema 中删掉。
        paying: null
      },
      handoff: { query: `id=${queryValue(args.itemId)}` }
    }
  } catch (err) {
    console.error('[ai-mode] payOrder failed', err)
    return { isError: true, content: [{ type: 'text', text: '「立即购买」未能发起支付：' + errorText(err) + '。请告诉用户支付没有发起，不要声称已支付；等用户确认后再重新发起。' }] }
  } finally {
    inFlight = false
  }
}

module.exports = payOrder
