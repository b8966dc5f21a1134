// [ai-mode:static] API addToCartFast：立即购买
// 由 autoskill 根据小程序代码静态生成，来源 pages/goods/goods.js:206；上线前请逐条处理标为【待确认】的问题。

const { BASE_URL, request } = require('../utils/request')
const { errorText } = require('../utils/result')

async function addToCartFast(args = {}) {
  try {
    // [ai-mode:static] utils/util.js:25 wx.request POST https://mall.example.com/api/cart/fastadd
    const fastAddRes = await request({
      url: BASE_URL + '/cart/fastadd',
      method: 'POST',
      data: {
        goodsId: args.goodsId,
        number: args.number,
        productId: args.productId
      },
      auth: true
    })

    return {
      content: [{ type: 'text', text: '已完成「立即购买」。请把结果告诉用户；不要重复调用，以免重复提交。' }],
      structuredContent: {
        // TODO(autoskill): 【待确认】 openAttr 是页面用 setData 写入的展示状态（pages/goods/goods.js），不是接口返回的字段：请填写取值，或把它从 mcp.json 的 outputSchema 中删掉。
        openAttr: null
      },
      handoff: { query: '' }
    }
  } catch (err) {
    console.error('[ai-mode] addToCartFast failed', err)
    return { isError: true, content: [{ type: 'text', text: '「立即购买」未完成：' + errorText(err) + '。请告诉用户操作没有成功；不要自动重试，以免重复提交。' }] }
  }
}

module.exports = addToCartFast
