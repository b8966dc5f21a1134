// [ai-mode:static] API createOrder：创建订单
// 由 autoskill 根据小程序代码静态生成，来源 pages/order/confirm.js:57；上线前请逐条处理标为【待确认】的问题。

const { BASE_URL, request } = require('../utils/request')
const { pick, queryValue, errorText } = require('../utils/result')

async function createOrder(args = {}) {
  try {
    // [ai-mode:static] pages/order/confirm.js:65 wx.request POST https://coffee.example.com/api/order/create
    const orderCreateRes = await request({
      url: BASE_URL + '/order/create',
      method: 'POST',
      data: {
        items: args.items,
        phone: args.phone,
        pickupType: args.pickupType,
        remark: args.remark,
        source: args.source,
        storeId: args.storeId
      },
      auth: true
    })

    // [ai-mode:static] pages/order/confirm.js:63 wx.setStorage phone
    // TODO(autoskill): 【待确认】 原代码在 pages/order/confirm.js:63 还会执行 wx.setStorageSync('phone', args.phone)，很可能只在某些条件下执行（分析结果不记录条件）；确有需要再加上。
    // wx.setStorageSync('phone', args.phone)

    return {
      content: [{ type: 'text', text: '已完成「创建订单」。请把结果告诉用户；不要重复调用，以免重复提交。' }],
      structuredContent: {
        orderId: pick(orderCreateRes, 'data.orderId'),
        // TODO(autoskill): 【待确认】 submitting 是页面用 setData 写入的展示状态（pages/order/confirm.js），不是接口返回的字段：请填写取值，或把它从 mcp.json 的 outputSchema 中删掉。
        submitting: null
      },
      handoff: { query: `mode=${queryValue(args.source)}&storeId=${queryValue(args.storeId)}` }
    }
  } catch (err) {
    console.error('[ai-mode] createOrder failed', err)
    return { isError: true, content: [{ type: 'text', text: '「创建订单」未完成：' + errorText(err) + '。请告诉用户操作没有成功；不要自动重试，以免重复提交。' }] }
  }
}

module.exports = createOrder
