// [ai-mode:static] API getOrderPreview：打开确认订单页
// 由 autoskill 根据小程序代码静态生成，来源 pages/order/confirm.js:12；上线前请逐条处理标为【待确认】的问题。

const { BASE_URL, request } = require('../utils/request')
const { pick, queryValue, errorText } = require('../utils/result')

async function getOrderPreview(args = {}) {
  try {
    // [ai-mode:static] pages/order/confirm.js:42 wx.request POST https://coffee.example.com/api/order/preview
    const orderPreviewRes = await request({
      url: BASE_URL + '/order/preview',
      method: 'POST',
      data: {
        items: args.items,
        pickupType: args.pickupType,
        source: args.source,
        storeId: args.storeId
      },
      auth: true
    })

    return {
      content: [{ type: 'text', text: '已获取「打开确认订单页」的结果。请根据结果回答用户；需要用户继续操作时，再调用相应接口或引导用户打开页面。' }],
      structuredContent: {
        discount: pick(orderPreviewRes, 'data.discount'),
        items: pick(orderPreviewRes, 'data.items'),
        payAmount: pick(orderPreviewRes, 'data.payAmount'),
        // TODO(autoskill): 【待确认】 phone 是页面用 setData 写入的展示状态（pages/order/confirm.js），不是接口返回的字段：请填写取值，或把它从 mcp.json 的 outputSchema 中删掉。
        phone: null,
        // TODO(autoskill): 【待确认】 pickupType 是页面用 setData 写入的展示状态（pages/order/confirm.js），不是接口返回的字段：请填写取值，或把它从 mcp.json 的 outputSchema 中删掉。
        pickupType: null,
        // TODO(autoskill): 【待确认】 preview 是页面用 setData 写入的展示状态（pages/order/confirm.js），不是接口返回的字段：请填写取值，或把它从 mcp.json 的 outputSchema 中删掉。
        preview: null
      },
      handoff: { query: `mode=${queryValue(args.source)}&storeId=${queryValue(args.storeId)}` }
    }
  } catch (err) {
    console.error('[ai-mode] getOrderPreview failed', err)
    return { isError: true, content: [{ type: 'text', text: '「打开确认订单页」未能获取结果：' + errorText(err) + '。请告诉用户暂时无法获取，可以稍后再试；不要编造结果。' }] }
  }
}

module.exports = getOrderPreview
