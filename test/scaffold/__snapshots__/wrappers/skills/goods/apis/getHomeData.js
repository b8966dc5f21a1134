// [ai-mode:static] API getHomeData：查看首页内容
// 由 autoskill 根据小程序代码静态生成，来源 pages/index/index.js:11；上线前请逐条处理标为【待确认】的问题。

const { BASE_URL, request } = require('../utils/request')
const { pick, errorText } = require('../utils/result')

async function getHomeData(args = {}) {
  try {
    // [ai-mode:static] utils/http.js:5 wx.request GET https://w.example.com/api/home
    const homeRes = await request({
      url: BASE_URL + '/home',
      method: 'GET',
      auth: true
    })

    return {
      content: [{ type: 'text', text: '已获取「查看首页内容」的结果。请根据结果回答用户；需要用户继续操作时，再调用相应接口或引导用户打开页面。' }],
      // TODO(autoskill): 【待确认】 返回字段按原代码读取的路径取值（utils/http.js:5）；原代码经过请求封装时，封装可能已拆掉外层，请确认路径。
      structuredContent: {
        categories: pick(homeRes, 'categories'),
        picks: pick(homeRes, 'picks')
      },
      handoff: { query: '' }
    }
  } catch (err) {
    console.error('[ai-mode] getHomeData failed', err)
    return { isError: true, content: [{ type: 'text', text: '「查看首页内容」未能获取结果：' + errorText(err) + '。请告诉用户暂时无法获取，可以稍后再试；不要编造结果。' }] }
  }
}

module.exports = getHomeData
