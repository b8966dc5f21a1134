// [ai-mode:static] API cancelBooking：取消预约
// 由 autoskill 根据小程序代码静态生成，来源 pages/myBookings/myBookings.js:34；上线前请逐条处理标为【待确认】的问题。

const { callFunction } = require('../utils/cloud')
const { errorText } = require('../utils/result')

async function cancelBooking(args = {}) {
  try {
    // TODO(autoskill): 【待确认】 这些调用的先后顺序没有出现在分析结果里：这里先写操作，再读数据，最后处理支付。请对照原代码确认（pages/myBookings/myBookings.js:34）。
    // [ai-mode:static] utils/cloud.js:7 wx.cloud.callFunction cancelBooking
    const cancelBookingRes = await callFunction('cancelBooking', {
      bookingId: args.bookingId
    })

    // [ai-mode:static] utils/cloud.js:7 wx.cloud.callFunction getMyBookings
    const myBookingsRes = await callFunction('getMyBookings', {
      status: args.status
    })

    return {
      content: [{ type: 'text', text: '已完成「取消预约」。请把结果告诉用户；不要重复调用，以免重复提交。' }],
      structuredContent: {
        // TODO(autoskill): 【待确认】 list 是页面用 setData 写入的展示状态（pages/myBookings/myBookings.js），不是接口返回的字段：请填写取值，或把它从 mcp.json 的 outputSchema 中删掉。
        list: null
      },
      handoff: { query: '' }
    }
  } catch (err) {
    console.error('[ai-mode] cancelBooking failed', err)
    return { isError: true, content: [{ type: 'text', text: '「取消预约」未完成：' + errorText(err) + '。请告诉用户操作没有成功；不要自动重试，以免重复提交。' }] }
  }
}

module.exports = cancelBooking
