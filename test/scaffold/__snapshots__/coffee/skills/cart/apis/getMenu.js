// [ai-mode:static] API getMenu：查看点单
// 由 autoskill 根据小程序代码静态生成，来源 pages/menu/menu.js:14；上线前请逐条处理标为【待确认】的问题。

const { BASE_URL, request } = require('../utils/request')
const { pick, queryValue, errorText } = require('../utils/result')

async function getMenu(args = {}) {
  try {
    // [ai-mode:static] pages/menu/menu.js:27 wx.request GET https://coffee.example.com/api/stores/{storeId}
    const storesRes = await request({
      url: `${BASE_URL}/stores/${encodeURIComponent(args.storeId)}`,
      method: 'GET'
    })

    // [ai-mode:static] pages/menu/menu.js:38 wx.request GET https://coffee.example.com/api/stores/{storeId}/menu
    const storesMenuRes = await request({
      url: `${BASE_URL}/stores/${encodeURIComponent(args.storeId)}/menu`,
      method: 'GET'
    })

    return {
      content: [{ type: 'text', text: '已获取「查看点单」的结果。请根据结果回答用户；需要用户继续操作时，再调用相应接口或引导用户打开页面。' }],
      structuredContent: {
        // TODO(autoskill): 【待确认】 cartCount 是页面用 setData 写入的展示状态（pages/menu/menu.js），不是接口返回的字段：请填写取值，或把它从 mcp.json 的 outputSchema 中删掉。
        cartCount: null,
        // TODO(autoskill): 【待确认】 categories 是页面用 setData 写入的展示状态（pages/menu/menu.js），不是接口返回的字段：请填写取值，或把它从 mcp.json 的 outputSchema 中删掉。
        categories: null,
        name: pick(storesRes, 'data.name'),
        // TODO(autoskill): 【待确认】 store 是页面用 setData 写入的展示状态（pages/menu/menu.js），不是接口返回的字段：请填写取值，或把它从 mcp.json 的 outputSchema 中删掉。
        store: null,
        // TODO(autoskill): 【待确认】 storeId 是页面用 setData 写入的展示状态（pages/menu/menu.js），不是接口返回的字段：请填写取值，或把它从 mcp.json 的 outputSchema 中删掉。
        storeId: null
      },
      handoff: { query: `storeId=${queryValue(args.storeId)}` }
    }
  } catch (err) {
    console.error('[ai-mode] getMenu failed', err)
    return { isError: true, content: [{ type: 'text', text: '「查看点单」未能获取结果：' + errorText(err) + '。请告诉用户暂时无法获取，可以稍后再试；不要编造结果。' }] }
  }
}

module.exports = getMenu
