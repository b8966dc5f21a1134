// [ai-mode:static] API updateCart：修改购物车
// 由 autoskill 根据小程序代码静态生成，来源 pages/cart/cart.js:180；上线前请逐条处理标为【待确认】的问题。

const { BASE_URL, request } = require('../utils/request')
const { errorText } = require('../utils/result')

async function updateCart(args = {}) {
  try {
    // [ai-mode:static] utils/util.js:25 wx.request POST https://mall.example.com/api/cart/update
    const cartUpdateRes = await request({
      url: BASE_URL + '/cart/update',
      method: 'POST',
      data: {
        goodsId: args.goodsId,
        id: args.id,
        number: args.number,
        productId: args.productId
      },
      auth: true
    })

    return {
      content: [{ type: 'text', text: '已完成「修改购物车」。请把结果告诉用户；不要重复调用，以免重复提交。' }],
      structuredContent: {
        // TODO(autoskill): 【待确认】 cartGoods 是页面用 setData 写入的展示状态（pages/cart/cart.js），不是接口返回的字段：请填写取值，或把它从 mcp.json 的 outputSchema 中删掉。
        cartGoods: null,
        // TODO(autoskill): 【待确认】 checkedAllStatus 是页面用 setData 写入的展示状态（pages/cart/cart.js），不是接口返回的字段：请填写取值，或把它从 mcp.json 的 outputSchema 中删掉。
        checkedAllStatus: null
      },
      handoff: { query: '' }
    }
  } catch (err) {
    console.error('[ai-mode] updateCart failed', err)
    return { isError: true, content: [{ type: 'text', text: '「修改购物车」未完成：' + errorText(err) + '。请告诉用户操作没有成功；不要自动重试，以免重复提交。' }] }
  }
}

module.exports = updateCart
