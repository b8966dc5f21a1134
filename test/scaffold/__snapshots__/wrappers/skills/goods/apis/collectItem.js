// [ai-mode:static] API collectItem：收藏条目
// 由 autoskill 根据小程序代码静态生成，来源 pages/detail/detail.js:41；上线前请逐条处理标为【待确认】的问题。

const { BASE_URL, request } = require('../utils/request')
const { pick, queryValue, errorText } = require('../utils/result')

async function collectItem(args = {}) {
  try {
    // [ai-mode:static] utils/util.js:6 wx.request POST https://w.example.com/api/favorite
    const favoriteRes = await request({
      url: BASE_URL + '/favorite',
      method: 'POST',
      data: {
        id: args.id
      }
    })

    return {
      content: [{ type: 'text', text: '已完成「收藏条目」。请把结果告诉用户；不要重复调用，以免重复提交。' }],
      // TODO(autoskill): 【待确认】 返回字段按原代码读取的路径取值（utils/util.js:6）；原代码经过请求封装时，封装可能已拆掉外层，请确认路径。
      structuredContent: {
        favorited: pick(favoriteRes, 'favorited')
      },
      handoff: { query: `id=${queryValue(args.id)}` }
    }
  } catch (err) {
    console.error('[ai-mode] collectItem failed', err)
    return { isError: true, content: [{ type: 'text', text: '「收藏条目」未完成：' + errorText(err) + '。请告诉用户操作没有成功；不要自动重试，以免重复提交。' }] }
  }
}

module.exports = collectItem
