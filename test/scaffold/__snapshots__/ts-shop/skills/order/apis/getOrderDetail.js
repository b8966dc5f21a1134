// [ai-mode:static] API getOrderDetail：查看订单详情
// 由 autoskill 根据小程序代码静态生成，来源 pkg-order/detail/index.ts:23；上线前请逐条处理标为【待确认】的问题。

const { BASE_URL, request } = require('../utils/request')
const { pick, queryValue, errorText } = require('../utils/result')

async function getOrderDetail(args = {}) {
  try {
    // [ai-mode:static] services/http.ts:22 wx.request GET https://shop.example.com/v2/orders/{id}
    const ordersRes = await request({
      url: `${BASE_URL}/orders/${encodeURIComponent(args.id)}`,
      method: 'GET',
      auth: true
    })

    return {
      content: [{ type: 'text', text: '已获取「查看订单详情」的结果。请根据结果回答用户；需要用户继续操作时，再调用相应接口或引导用户打开页面。' }],
      // TODO(autoskill): 【待确认】 返回字段按原代码读取的路径取值（services/http.ts:22）；原代码经过请求封装时，封装可能已拆掉外层，请确认路径。
      structuredContent: {
        createdAt: pick(ordersRes, 'data.createdAt'),
        // TODO(autoskill): 【待确认】 id 是页面用 setData 写入的展示状态（pkg-order/detail/index.ts），不是接口返回的字段：请填写取值，或把它从 mcp.json 的 outputSchema 中删掉。
        id: null,
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
    console.error('[ai-mode] getOrderDetail failed', err)
    return { isError: true, content: [{ type: 'text', text: '「查看订单详情」未能获取结果：' + errorText(err) + '。请告诉用户暂时无法获取，可以稍后再试；不要编造结果。' }] }
  }
}

module.exports = getOrderDetail
