// [ai-mode:static] API getHomeData：查看首页内容
// 由 autoskill 根据小程序代码静态生成，来源 pages/index/index.js:14；上线前请逐条处理标为【待确认】的问题。

const { BASE_URL, request } = require('../utils/request')
const { errorText } = require('../utils/result')

async function getHomeData(args = {}) {
  try {
    // [ai-mode:static] pages/index/index.js:24 wx.request GET https://coffee.example.com/api/banners
    const bannersRes = await request({
      url: BASE_URL + '/banners',
      method: 'GET',
      data: {
        position: args.position
      }
    })

    // [ai-mode:static] pages/index/index.js:59 wx.request GET https://coffee.example.com/api/stores/nearby
    const storesNearbyRes = await request({
      url: BASE_URL + '/stores/nearby',
      method: 'GET',
      data: {
        lat: args.lat,
        lng: args.lng
      }
    })

    return {
      content: [{ type: 'text', text: '已获取「查看首页内容」的结果。请根据结果回答用户；需要用户继续操作时，再调用相应接口或引导用户打开页面。' }],
      structuredContent: {
        // TODO(autoskill): 【待确认】 banners 是页面用 setData 写入的展示状态（pages/index/index.js），不是接口返回的字段：请填写取值，或把它从 mcp.json 的 outputSchema 中删掉。
        banners: null,
        // TODO(autoskill): 【待确认】 loading 是页面用 setData 写入的展示状态（pages/index/index.js），不是接口返回的字段：请填写取值，或把它从 mcp.json 的 outputSchema 中删掉。
        loading: null,
        // TODO(autoskill): 【待确认】 stores 是页面用 setData 写入的展示状态（pages/index/index.js），不是接口返回的字段：请填写取值，或把它从 mcp.json 的 outputSchema 中删掉。
        stores: null
      },
      handoff: { query: '' }
    }
  } catch (err) {
    console.error('[ai-mode] getHomeData failed', err)
    return { isError: true, content: [{ type: 'text', text: '「查看首页内容」未能获取结果：' + errorText(err) + '。请告诉用户暂时无法获取，可以稍后再试；不要编造结果。' }] }
  }
}

module.exports = getHomeData
