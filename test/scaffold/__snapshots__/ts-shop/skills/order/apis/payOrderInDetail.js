// [ai-mode:static] API payOrderInDetail：立即支付
// 由 autoskill 根据小程序代码静态生成，来源 pkg-order/detail/index.ts:38；上线前请逐条处理标为【待确认】的问题。
// 涉及支付：wx.requestPayment 只能在卡片的点击回调里调用（scope.dynamic），这里不直接付款，而是把用户带到支付页面；同一时间只允许一次调用。

const { BASE_URL, request } = require('../utils/request')
const { pick, queryValue, errorText } = require('../utils/result')

let inFlight = false

async function payOrderInDetail(args = {}) {
  if (inFlight) {
    return { isError: true, content: [{ type: 'text', text: '上一次支付仍在进行中。请等它结束后再说，不要并发或重复发起支付。' }] }
  }
  inFlight = true
  try {
    // TODO(autoskill): 【待确认】 这些调用的先后顺序没有出现在分析结果里：这里先写操作，再读数据，最后处理支付。请对照原代码确认（pkg-order/detail/index.ts:38）。
    // [ai-mode:static] services/http.ts:22 wx.request POST https://shop.example.com/v2/orders/{id}/pay
    const ordersPayRes = await request({
      url: `${BASE_URL}/orders/${encodeURIComponent(args.id)}/pay`,
      method: 'POST',
      auth: true
    })

    // [ai-mode:static] services/http.ts:22 wx.request GET https://shop.example.com/v2/orders/{id}
    const ordersRes = await request({
      url: `${BASE_URL}/orders/${encodeURIComponent(args.id)}`,
      method: 'GET',
      auth: true
    })

    // [ai-mode:static] services/order.ts:57 wx.requestPayment
    // TODO(autoskill): 【待确认】 原页面在 services/order.ts:57 调用 wx.requestPayment；技能的 API 不能直接付款（需卡片组件的点击回调和 scope.dynamic），这里改为把用户带到支付页面。

    return {
      content: [{ type: 'text', text: '已为「立即支付」准备好支付信息，尚未付款。请先向用户展示订单内容和金额，由用户确认后在支付页面完成支付；不要并发或重复调用，页面返回支付成功之前不要告诉用户已支付。' }],
      // TODO(autoskill): 【待确认】 返回字段按原代码读取的路径取值（services/http.ts:22）；原代码经过请求封装时，封装可能已拆掉外层，请确认路径。
      structuredContent: {
        createdAt: pick(ordersRes, 'data.createdAt'),
        // TODO(autoskill): 【待确认】 order 是页面用 setData 写入的展示状态（pkg-order/detail/index.ts），不是接口返回的字段：请填写取值，或把它从 mcp.json 的 outputSchema 中删掉。
        order: null,
        payAmount: pick(ordersRes, 'data.payAmount'),
        // TODO(autoskill): 【待确认】 payText 是页面用 setData 写入的展示状态（pkg-order/detail/index.ts），不是接口返回的字段：请填写取值，或把它从 mcp.json 的 outputSchema 中删掉。
        payText: null,
        // TODO(autoskill): 【待确认】 paying 是页面用 setData 写入的展示状态（pkg-order/detail/index.ts），不是接口返回的字段：请填写取值，或把它从 mcp.json 的 outputSchema 中删掉。
        paying: null,
        status: pick(ordersRes, 'data.status'),
        // TODO(autoskill): 【待确认】 statusText 是页面用 setData 写入的展示状态（pkg-order/detail/index.ts），不是接口返回的字段：请填写取值，或把它从 mcp.json 的 outputSchema 中删掉。
        statusText: null,
        // TODO(autoskill): 【待确认】 timeText 是页面用 setData 写入的展示状态（pkg-order/detail/index.ts），不是接口返回的字段：请填写取值，或把它从 mcp.json 的 outputSchema 中删掉。
        timeText: null
      },
      handoff: { query: `id=${queryValue(args.id)}` }
    }
  } catch (err) {
    console.error('[ai-mode] payOrderInDetail failed', err)
    return { isError: true, content: [{ type: 'text', text: '「立即支付」未能发起支付：' + errorText(err) + '。请告诉用户支付没有发起，不要声称已支付；等用户确认后再重新发起。' }] }
  } finally {
    inFlight = false
  }
}

module.exports = payOrderInDetail
