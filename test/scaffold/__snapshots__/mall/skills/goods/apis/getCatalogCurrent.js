// [ai-mode:static] API getCatalogCurrent：查看当前分类
// 由 autoskill 根据小程序代码静态生成，来源 pages/catalog/catalog.js:45；上线前请逐条处理标为【待确认】的问题。

const { BASE_URL, request } = require('../utils/request')
const { pick, errorText } = require('../utils/result')

async function getCatalogCurrent(args = {}) {
  try {
    // [ai-mode:static] utils/util.js:25 wx.request GET https://mall.example.com/api/catalog/current
    const catalogCurrentRes = await request({
      url: BASE_URL + '/catalog/current',
      method: 'GET',
      data: {
        id: args.id
      },
      auth: true
    })

    return {
      content: [{ type: 'text', text: '已获取「查看当前分类」的结果。请根据结果回答用户；需要用户继续操作时，再调用相应接口或引导用户打开页面。' }],
      // TODO(autoskill): 【待确认】 返回字段按原代码读取的路径取值（utils/util.js:25）；原代码经过请求封装时，封装可能已拆掉外层，请确认路径。
      structuredContent: {
        currentCategory: pick(catalogCurrentRes, 'data.currentCategory')
      },
      handoff: { query: '' }
    }
  } catch (err) {
    console.error('[ai-mode] getCatalogCurrent failed', err)
    return { isError: true, content: [{ type: 'text', text: '「查看当前分类」未能获取结果：' + errorText(err) + '。请告诉用户暂时无法获取，可以稍后再试；不要编造结果。' }] }
  }
}

module.exports = getCatalogCurrent
