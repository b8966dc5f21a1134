// [ai-mode:static] API getHomeData：查看首页内容
// 由 autoskill 根据小程序代码静态生成，来源 pages/index/index.js:52；上线前请逐条处理标为【待确认】的问题。

const { BASE_URL, request } = require('../utils/request')
const { pick, errorText } = require('../utils/result')

async function getHomeData(args = {}) {
  try {
    // [ai-mode:static] utils/util.js:25 wx.request GET https://mall.example.com/api/goods/count
    const goodsCountRes = await request({
      url: BASE_URL + '/goods/count',
      method: 'GET',
      auth: true
    })

    // [ai-mode:static] utils/util.js:25 wx.request GET https://mall.example.com/api/index/index
    const indexRes = await request({
      url: BASE_URL + '/index/index',
      method: 'GET',
      auth: true
    })

    return {
      content: [{ type: 'text', text: '已获取「查看首页内容」的结果。请根据结果回答用户；需要用户继续操作时，再调用相应接口或引导用户打开页面。' }],
      // TODO(autoskill): 【待确认】 返回字段按原代码读取的路径取值（utils/util.js:25）；原代码经过请求封装时，封装可能已拆掉外层，请确认路径。
      structuredContent: {
        banner: pick(indexRes, 'data.banner'),
        // TODO(autoskill): 【待确认】 brand 是页面用 setData 写入的展示状态（pages/index/index.js），不是接口返回的字段：请填写取值，或把它从 mcp.json 的 outputSchema 中删掉。
        brand: null,
        brandList: pick(indexRes, 'data.brandList'),
        categoryList: pick(indexRes, 'data.categoryList'),
        channel: pick(indexRes, 'data.channel'),
        // TODO(autoskill): 【待确认】 floorGoods 是页面用 setData 写入的展示状态（pages/index/index.js），不是接口返回的字段：请填写取值，或把它从 mcp.json 的 outputSchema 中删掉。
        floorGoods: null,
        goodsCount: pick(goodsCountRes, 'data.goodsCount'),
        // TODO(autoskill): 【待确认】 hotGoods 是页面用 setData 写入的展示状态（pages/index/index.js），不是接口返回的字段：请填写取值，或把它从 mcp.json 的 outputSchema 中删掉。
        hotGoods: null,
        hotGoodsList: pick(indexRes, 'data.hotGoodsList'),
        // TODO(autoskill): 【待确认】 newGoods 是页面用 setData 写入的展示状态（pages/index/index.js），不是接口返回的字段：请填写取值，或把它从 mcp.json 的 outputSchema 中删掉。
        newGoods: null,
        newGoodsList: pick(indexRes, 'data.newGoodsList'),
        topicList: pick(indexRes, 'data.topicList'),
        // TODO(autoskill): 【待确认】 topics 是页面用 setData 写入的展示状态（pages/index/index.js），不是接口返回的字段：请填写取值，或把它从 mcp.json 的 outputSchema 中删掉。
        topics: null
      },
      handoff: { query: '' }
    }
  } catch (err) {
    console.error('[ai-mode] getHomeData failed', err)
    return { isError: true, content: [{ type: 'text', text: '「查看首页内容」未能获取结果：' + errorText(err) + '。请告诉用户暂时无法获取，可以稍后再试；不要编造结果。' }] }
  }
}

module.exports = getHomeData
