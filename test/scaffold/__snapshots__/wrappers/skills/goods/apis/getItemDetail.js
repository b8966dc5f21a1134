// [ai-mode:static] API getItemDetail：查看好物详情
// 由 autoskill 根据小程序代码静态生成，来源 pages/detail/detail.js:16；上线前请逐条处理标为【待确认】的问题。

const { BASE_URL, request } = require('../utils/request')
const { pick, queryValue, errorText } = require('../utils/result')

async function getItemDetail(args = {}) {
  try {
    // [ai-mode:static] pages/detail/detail.js:24 wx.request GET https://w.example.com/api/items/{id}
    const itemsRes = await request({
      url: `${BASE_URL}/items/${encodeURIComponent(args.id)}`,
      method: 'GET'
    })

    // [ai-mode:static] utils/promisify.js:8 wx.request GET https://w.example.com/api/items/{id}/comments
    const itemsCommentsRes = await request({
      url: `${BASE_URL}/items/${encodeURIComponent(args.id)}/comments`,
      method: 'GET'
    })

    return {
      content: [{ type: 'text', text: '已获取「查看好物详情」的结果。请根据结果回答用户；需要用户继续操作时，再调用相应接口或引导用户打开页面。' }],
      // TODO(autoskill): 【待确认】 返回字段按原代码读取的路径取值（pages/detail/detail.js:24, utils/promisify.js:8）；原代码经过请求封装时，封装可能已拆掉外层，请确认路径。
      structuredContent: {
        // TODO(autoskill): 【待确认】 commentCountText 是页面用 setData 写入的展示状态（pages/detail/detail.js），不是接口返回的字段：请填写取值，或把它从 mcp.json 的 outputSchema 中删掉。
        commentCountText: null,
        // TODO(autoskill): 【待确认】 comments 是页面用 setData 写入的展示状态（pages/detail/detail.js），不是接口返回的字段：请填写取值，或把它从 mcp.json 的 outputSchema 中删掉。
        comments: null,
        favorited: pick(itemsRes, 'favorited'),
        // TODO(autoskill): 【待确认】 item 是页面用 setData 写入的展示状态（pages/detail/detail.js），不是接口返回的字段：请填写取值，或把它从 mcp.json 的 outputSchema 中删掉。
        item: null
      },
      handoff: { query: `id=${queryValue(args.id)}` }
    }
  } catch (err) {
    console.error('[ai-mode] getItemDetail failed', err)
    return { isError: true, content: [{ type: 'text', text: '「查看好物详情」未能获取结果：' + errorText(err) + '。请告诉用户暂时无法获取，可以稍后再试；不要编造结果。' }] }
  }
}

module.exports = getItemDetail
