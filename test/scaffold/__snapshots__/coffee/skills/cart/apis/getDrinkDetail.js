// [ai-mode:static] API getDrinkDetail：查看饮品详情
// 由 autoskill 根据小程序代码静态生成，来源 pages/drink/drink.js:14；上线前请逐条处理标为【待确认】的问题。

const { BASE_URL, request } = require('../utils/request')
const { pick, queryValue, errorText } = require('../utils/result')

async function getDrinkDetail(args = {}) {
  try {
    // [ai-mode:static] pages/drink/drink.js:24 wx.request GET https://coffee.example.com/api/drinks/{drinkId}
    const drinksRes = await request({
      url: `${BASE_URL}/drinks/${encodeURIComponent(args.drinkId)}`,
      method: 'GET',
      data: {
        storeId: args.storeId
      }
    })

    return {
      content: [{ type: 'text', text: '已获取「查看饮品详情」的结果。请根据结果回答用户；需要用户继续操作时，再调用相应接口或引导用户打开页面。' }],
      structuredContent: {
        // TODO(autoskill): 【待确认】 drink 是页面用 setData 写入的展示状态（pages/drink/drink.js），不是接口返回的字段：请填写取值，或把它从 mcp.json 的 outputSchema 中删掉。
        drink: null,
        // TODO(autoskill): 【待确认】 selected 是页面用 setData 写入的展示状态（pages/drink/drink.js），不是接口返回的字段：请填写取值，或把它从 mcp.json 的 outputSchema 中删掉。
        selected: null,
        specGroups: pick(drinksRes, 'data.specGroups'),
        // TODO(autoskill): 【待确认】 totalText 是页面用 setData 写入的展示状态（pages/drink/drink.js），不是接口返回的字段：请填写取值，或把它从 mcp.json 的 outputSchema 中删掉。
        totalText: null
      },
      handoff: { query: `drinkId=${queryValue(args.drinkId)}&storeId=${queryValue(args.storeId)}` }
    }
  } catch (err) {
    console.error('[ai-mode] getDrinkDetail failed', err)
    return { isError: true, content: [{ type: 'text', text: '「查看饮品详情」未能获取结果：' + errorText(err) + '。请告诉用户暂时无法获取，可以稍后再试；不要编造结果。' }] }
  }
}

module.exports = getDrinkDetail
