// [ai-mode:static] API getBookingDetail：打开预约详情页
// 由 autoskill 根据小程序代码静态生成，来源 pages/bookingDetail/bookingDetail.js:8；上线前请逐条处理标为【待确认】的问题。

const { callFunction, callContainer } = require('../utils/cloud')
const { pick, queryValue, errorText } = require('../utils/result')

async function getBookingDetail(args = {}) {
  try {
    // TODO(autoskill): 【待确认】 这些调用的先后顺序没有出现在分析结果里：这里先写操作，再读数据，最后处理支付。请对照原代码确认（pages/bookingDetail/bookingDetail.js:8）。
    // [ai-mode:static] pages/bookingDetail/bookingDetail.js:14 wx.cloud.callFunction getBooking
    const getBookingRes = await callFunction('getBooking', {
      id: args.id
    })

    // [ai-mode:static] pages/bookingDetail/bookingDetail.js:29 wx.cloud.callContainer booking-api GET /queue/status?bookingId={id}
    const statusBookingRes = await callContainer({
      service: 'booking-api',
      path: `/queue/status?bookingId=${encodeURIComponent(args.id)}`,
      method: 'GET'
    })

    return {
      content: [{ type: 'text', text: '已获取「打开预约详情页」的结果。请根据结果回答用户；需要用户继续操作时，再调用相应接口或引导用户打开页面。' }],
      structuredContent: {
        // TODO(autoskill): 【待确认】 booking 是页面用 setData 写入的展示状态（pages/bookingDetail/bookingDetail.js），不是接口返回的字段：请填写取值，或把它从 mcp.json 的 outputSchema 中删掉。
        booking: null,
        // TODO(autoskill): 【待确认】 id 是页面用 setData 写入的展示状态（pages/bookingDetail/bookingDetail.js），不是接口返回的字段：请填写取值，或把它从 mcp.json 的 outputSchema 中删掉。
        id: null,
        isToday: pick(getBookingRes, 'data.isToday'),
        // TODO(autoskill): 【待确认】 queue 是页面用 setData 写入的展示状态（pages/bookingDetail/bookingDetail.js），不是接口返回的字段：请填写取值，或把它从 mcp.json 的 outputSchema 中删掉。
        queue: null,
        status: pick(getBookingRes, 'data.status')
      },
      handoff: { query: `id=${queryValue(args.id)}` }
    }
  } catch (err) {
    console.error('[ai-mode] getBookingDetail failed', err)
    return { isError: true, content: [{ type: 'text', text: '「打开预约详情页」未能获取结果：' + errorText(err) + '。请告诉用户暂时无法获取，可以稍后再试；不要编造结果。' }] }
  }
}

module.exports = getBookingDetail
