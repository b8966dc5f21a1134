// [ai-mode:static] API collectGoods：收藏商品
// 由 autoskill 根据小程序代码静态生成，来源 pages/goods/detail.ts:61；上线前请逐条处理标为【待确认】的问题。

const { BASE_URL, request } = require('../utils/request')
const { pick, queryValue, errorText } = require('../utils/result')

async function collectGoods(args = {}) {
  try {
    // [ai-mode:static] services/http.ts:22 wx.request POST https://shop.example.com/v2/favorites/toggle
    const favoritesToggleRes = await request({
      url: BASE_URL + '/favorites/toggle',
      method: 'POST',
      data: {
        goodsId: args.goodsId
      },
      auth: true
    })

    return {
      content: [{ type: 'text', text: '已完成「收藏商品」。请把结果告诉用户；不要重复调用，以免重复提交。' }],
      // TODO(autoskill): 【待确认】 返回字段按原代码读取的路径取值（services/http.ts:22）；原代码经过请求封装时，封装可能已拆掉外层，请确认路径。
      structuredContent: {
        // TODO(autoskill): 【待确认】 favoriteIds 是页面用 setData 写入的展示状态（pages/goods/detail.ts），不是接口返回的字段：请填写取值，或把它从 mcp.json 的 outputSchema 中删掉。
        favoriteIds: null,
        favorited: pick(favoritesToggleRes, 'data.favorited')
      },
      handoff: { query: `id=${queryValue(args.goodsId)}` }
    }
  } catch (err) {
    console.error('[ai-mode] collectGoods failed', err)
    return { isError: true, content: [{ type: 'text', text: '「收藏商品」未完成：' + errorText(err) + '。请告诉用户操作没有成功；不要自动重试，以免重复提交。' }] }
  }
}

module.exports = collectGoods
