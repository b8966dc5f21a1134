// [ai-mode:static] API getOrderList：查看我的订单
// 由 autoskill 根据小程序代码静态生成，来源 packageOrder/list/list.js:12；上线前请逐条处理标为【待确认】的问题。

const { BASE_URL, request } = require('../utils/request')
const { pick, queryValue, errorText } = require('../utils/result')

async function getOrderList(args = {}) {
  try {
    // [ai-mode:static] utils/util.js:25 wx.request GET https://mall.example.com/api/order/list
    const orderListRes = await request({
      url: BASE_URL + '/order/list',
      method: 'GET',
      data: {
        page: args.page,
        showType: args.showType,
        size: args.size
      },
      auth: true
    })

    return {
      content: [{ type: 'text', text: '已获取「查看我的订单」的结果。请根据结果回答用户；需要用户继续操作时，再调用相应接口或引导用户打开页面。' }],
      // TODO(autoskill): 【待确认】 返回字段按原代码读取的路径取值（utils/util.js:25）；原代码经过请求封装时，封装可能已拆掉外层，请确认路径。
      structuredContent: {
        currentPage: pick(orderListRes, 'data.currentPage'),
        data: pick(orderListRes, 'data'),
        // TODO(autoskill): 【待确认】 orderList 是页面用 setData 写入的展示状态（packageOrder/list/list.js），不是接口返回的字段：请填写取值，或把它从 mcp.json 的 outputSchema 中删掉。
        orderList: null,
        // TODO(autoskill): 【待确认】 page 是页面用 setData 写入的展示状态（packageOrder/list/list.js），不是接口返回的字段：请填写取值，或把它从 mcp.json 的 outputSchema 中删掉。
        page: null,
        // TODO(autoskill): 【待确认】 showType 是页面用 setData 写入的展示状态（packageOrder/list/list.js），不是接口返回的字段：请填写取值，或把它从 mcp.json 的 outputSchema 中删掉。
        showType: null,
        totalPages: pick(orderListRes, 'data.totalPages')
      },
      handoff: { query: `showType=${queryValue(args.showType)}` }
    }
  } catch (err) {
    console.error('[ai-mode] getOrderList failed', err)
    return { isError: true, content: [{ type: 'text', text: '「查看我的订单」未能获取结果：' + errorText(err) + '。请告诉用户暂时无法获取，可以稍后再试；不要编造结果。' }] }
  }
}

module.exports = getOrderList
