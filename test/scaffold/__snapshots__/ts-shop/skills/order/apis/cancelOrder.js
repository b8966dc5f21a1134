// [ai-mode:static] API cancelOrder：取消订单
// 由 autoskill 根据小程序代码静态生成，来源 pkg-order/detail/index.ts:51；上线前请逐条处理标为【待确认】的问题。

const { BASE_URL, request } = require('../utils/request')
const { pick, queryValue, errorText } = require('../utils/result')

async function cancelOrder(args = {}) {
  try {
    // TODO(autoskill): 【待确认】 这些调用的先后顺序没有出现在分析结果里：这里先写操作，再读数据，最后处理支付。请对照原代码确认（pkg-order/detail/index.ts:51）。
    // [ai-mode:static] services/http.ts:22 wx.request POST https://shop.example.com/v2/orders/{id}/cancel
    const ordersCancelRes = await request({
      url: `${BASE_URL}/orders/${encodeURIComponent(args.id)}/cancel`,
      method: 'POST',
      auth: true
    })

    // [ai-mode:static] services/http.ts:22 wx.request GET https://shop.example.com/v2/orders/{id}
    const ordersRes = await request({
      url: `${BASE_URL}/orders/${encodeURIComponent(args.id)}`,
      method: 'GET',
      auth: true
    })

    return {
      content: [{ type: 'text', text: '已完成「取消订单」。请把结果告诉用户；不要重复调用，以免重复提交。' }],
      // TODO(autoskill): 【待确认】 返回字段按原代码读取的路径取值（services/http.ts:22）；原代码经过请求封装时，封装可能已拆掉外层，请确认路径。
      structuredContent: {
        createdAt: pick(ordersRes, 'data.createdAt'),
        // TODO(autoskill): 【待确认】 order 是页面用 setData 写入的展示状态（pkg-order/detail/index.ts），不是接口返回的字段：请填写取值，或把它从 mcp.json 的 outputSchema 中删掉。
        order: null,
        payAmount: pick(ordersRes, 'data.payAmount'),
        // TODO(autoskill): 【待确认】 payText 是页面用 setData 写入的展示状态（pkg-order/detail/index.ts），不是接口返回的字段：请填写取值，或把它从 mcp.json 的 outputSchema 中删掉。
        payText: null,
        status: pick(ordersRes, 'data.status'),
        // TODO(autoskill): 【待确认】 statusText 是页面用 setData 写入的展示状态（pkg-order/detail/index.ts），不是接口返回的字段：请填写取值，或把它从 mcp.json 的 outputSchema 中删掉。
        statusText: null,
        // TODO(autoskill): 【待确认】 timeText 是页面用 setData 写入的展示状态（pkg-order/detail/index.ts），不是接口返回的字段：请填写取值，或把它从 mcp.json 的 outputSchema 中删掉。
        timeText: null
      },
      handoff: { query: `id=${queryValue(args.id)}` }
    }
  } catch (err) {
    console.error('[ai-mode] cancelOrder failed', err)
    return { isError: true, content: [{ type: 'text', text: '「取消订单」未完成：' + errorText(err) + '。请告诉用户操作没有成功；不要自动重试，以免重复提交。' }] }
  }
}

module.exports = cancelOrder
