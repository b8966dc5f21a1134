// [ai-mode:static] API deleteCart：删除所选
// 由 autoskill 根据小程序代码静态生成，来源 pages/cart/cart.js:210；上线前请逐条处理标为【待确认】的问题。

const { BASE_URL, request } = require('../utils/request')
const { pick, errorText } = require('../utils/result')

async function deleteCart(args = {}) {
  try {
    // [ai-mode:static] utils/util.js:25 wx.request POST https://mall.example.com/api/cart/delete
    const cartDeleteRes = await request({
      url: BASE_URL + '/cart/delete',
      method: 'POST',
      data: {
        productIds: args.productIds
      },
      auth: true
    })

    return {
      content: [{ type: 'text', text: '已完成「删除所选」。请把结果告诉用户；不要重复调用，以免重复提交。' }],
      // TODO(autoskill): 【待确认】 返回字段按原代码读取的路径取值（utils/util.js:25）；原代码经过请求封装时，封装可能已拆掉外层，请确认路径。
      structuredContent: {
        // TODO(autoskill): 【待确认】 cartGoods 是页面用 setData 写入的展示状态（pages/cart/cart.js），不是接口返回的字段：请填写取值，或把它从 mcp.json 的 outputSchema 中删掉。
        cartGoods: null,
        cartList: pick(cartDeleteRes, 'data.cartList'),
        cartTotal: pick(cartDeleteRes, 'data.cartTotal'),
        // TODO(autoskill): 【待确认】 checkedAllStatus 是页面用 setData 写入的展示状态（pages/cart/cart.js），不是接口返回的字段：请填写取值，或把它从 mcp.json 的 outputSchema 中删掉。
        checkedAllStatus: null
      },
      handoff: { query: '' }
    }
  } catch (err) {
    console.error('[ai-mode] deleteCart failed', err)
    return { isError: true, content: [{ type: 'text', text: '「删除所选」未完成：' + errorText(err) + '。请告诉用户操作没有成功；不要自动重试，以免重复提交。' }] }
  }
}

module.exports = deleteCart
