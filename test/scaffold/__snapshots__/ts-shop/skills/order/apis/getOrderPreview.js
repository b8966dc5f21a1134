// [ai-mode:static] API getOrderPreview：打开确认订单页
// 由 autoskill 根据小程序代码静态生成，来源 pkg-order/confirm/index.ts:22；上线前请逐条处理标为【待确认】的问题。

const { BASE_URL, request } = require('../utils/request')
const { pick, errorText } = require('../utils/result')

async function getOrderPreview(args = {}) {
  try {
    // [ai-mode:static] services/http.ts:22 wx.request POST https://shop.example.com/v2/orders/preview
    const ordersPreviewRes = await request({
      url: BASE_URL + '/orders/preview',
      method: 'POST',
      data: {
        items: args.items,
        source: args.source
      },
      auth: true
    })

    return {
      content: [{ type: 'text', text: '已获取「打开确认订单页」的结果。请根据结果回答用户；需要用户继续操作时，再调用相应接口或引导用户打开页面。' }],
      // TODO(autoskill): 【待确认】 返回字段按原代码读取的路径取值（services/http.ts:22）；原代码经过请求封装时，封装可能已拆掉外层，请确认路径。
      structuredContent: {
        // TODO(autoskill): 【待确认】 amount 是页面用 setData 写入的展示状态（pkg-order/confirm/index.ts），不是接口返回的字段：请填写取值，或把它从 mcp.json 的 outputSchema 中删掉。
        amount: null,
        freight: pick(ordersPreviewRes, 'data.freight'),
        goodsAmount: pick(ordersPreviewRes, 'data.goodsAmount'),
        // TODO(autoskill): 【待确认】 items 是页面用 setData 写入的展示状态（pkg-order/confirm/index.ts），不是接口返回的字段：请填写取值，或把它从 mcp.json 的 outputSchema 中删掉。
        items: null,
        payAmount: pick(ordersPreviewRes, 'data.payAmount'),
        // TODO(autoskill): 【待确认】 preview 是页面用 setData 写入的展示状态（pkg-order/confirm/index.ts），不是接口返回的字段：请填写取值，或把它从 mcp.json 的 outputSchema 中删掉。
        preview: null,
        // TODO(autoskill): 【待确认】 source 是页面用 setData 写入的展示状态（pkg-order/confirm/index.ts），不是接口返回的字段：请填写取值，或把它从 mcp.json 的 outputSchema 中删掉。
        source: null
      },
      handoff: { query: '' }
    }
  } catch (err) {
    console.error('[ai-mode] getOrderPreview failed', err)
    return { isError: true, content: [{ type: 'text', text: '「打开确认订单页」未能获取结果：' + errorText(err) + '。请告诉用户暂时无法获取，可以稍后再试；不要编造结果。' }] }
  }
}

module.exports = getOrderPreview
