// [ai-mode:static] API getItemList：查看好物列表
// 由 autoskill 根据小程序代码静态生成，来源 mixins/list.js:19；上线前请逐条处理标为【待确认】的问题。

const { BASE_URL, request } = require('../utils/request')
const { pick, queryValue, errorText } = require('../utils/result')

async function getItemList(args = {}) {
  try {
    // [ai-mode:static] utils/http.js:5 wx.request GET https://w.example.com/api/items
    const itemsRes = await request({
      url: BASE_URL + '/items',
      method: 'GET',
      data: {
        category: args.category,
        page: args.page
      },
      auth: true
    })

    return {
      content: [{ type: 'text', text: '已获取「查看好物列表」的结果。请根据结果回答用户；需要用户继续操作时，再调用相应接口或引导用户打开页面。' }],
      // TODO(autoskill): 【待确认】 返回字段按原代码读取的路径取值（utils/http.js:5）；原代码经过请求封装时，封装可能已拆掉外层，请确认路径。
      structuredContent: {
        // TODO(autoskill): 【待确认】 category 是页面用 setData 写入的展示状态（pages/list/list.js），不是接口返回的字段：请填写取值，或把它从 mcp.json 的 outputSchema 中删掉。
        category: null,
        items: pick(itemsRes, 'items'),
        // TODO(autoskill): 【待确认】 list 是页面用 setData 写入的展示状态（pages/list/list.js），不是接口返回的字段：请填写取值，或把它从 mcp.json 的 outputSchema 中删掉。
        list: null,
        // TODO(autoskill): 【待确认】 noMore 是页面用 setData 写入的展示状态（pages/list/list.js），不是接口返回的字段：请填写取值，或把它从 mcp.json 的 outputSchema 中删掉。
        noMore: null,
        // TODO(autoskill): 【待确认】 page 是页面用 setData 写入的展示状态（pages/list/list.js），不是接口返回的字段：请填写取值，或把它从 mcp.json 的 outputSchema 中删掉。
        page: null
      },
      handoff: { query: `category=${queryValue(args.category)}` }
    }
  } catch (err) {
    console.error('[ai-mode] getItemList failed', err)
    return { isError: true, content: [{ type: 'text', text: '「查看好物列表」未能获取结果：' + errorText(err) + '。请告诉用户暂时无法获取，可以稍后再试；不要编造结果。' }] }
  }
}

module.exports = getItemList
