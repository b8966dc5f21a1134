// [ai-mode:static] API getUserBookingList：打开我的预约页
// 由 autoskill 根据小程序代码静态生成，来源 pages/myBookings/myBookings.js:15；上线前请逐条处理标为【待确认】的问题。

const { callFunction } = require('../utils/cloud')
const { errorText } = require('../utils/result')

async function getUserBookingList(args = {}) {
  try {
    // [ai-mode:static] utils/cloud.js:7 wx.cloud.callFunction getMyBookings
    const myBookingsRes = await callFunction('getMyBookings', {
      status: args.status
    })

    return {
      content: [{ type: 'text', text: '已获取「打开我的预约页」的结果。请根据结果回答用户；需要用户继续操作时，再调用相应接口或引导用户打开页面。' }],
      structuredContent: {
        // TODO(autoskill): 【待确认】 list 是页面用 setData 写入的展示状态（pages/myBookings/myBookings.js），不是接口返回的字段：请填写取值，或把它从 mcp.json 的 outputSchema 中删掉。
        list: null,
        // TODO(autoskill): 【待确认】 status 是页面用 setData 写入的展示状态（pages/myBookings/myBookings.js），不是接口返回的字段：请填写取值，或把它从 mcp.json 的 outputSchema 中删掉。
        status: null
      },
      handoff: { query: '' }
    }
  } catch (err) {
    console.error('[ai-mode] getUserBookingList failed', err)
    return { isError: true, content: [{ type: 'text', text: '「打开我的预约页」未能获取结果：' + errorText(err) + '。请告诉用户暂时无法获取，可以稍后再试；不要编造结果。' }] }
  }
}

module.exports = getUserBookingList
