// [ai-mode:static] API getSlotInBook：打开填写预约信息页
// 由 autoskill 根据小程序代码静态生成，来源 pages/book/book.js:22；上线前请逐条处理标为【待确认】的问题。

const { callFunction } = require('../utils/cloud')
const { queryValue, errorText } = require('../utils/result')

async function getSlotInBook(args = {}) {
  try {
    // [ai-mode:static] utils/cloud.js:7 wx.cloud.callFunction getSlot
    const getSlotRes = await callFunction('getSlot', {
      slotId: args.slotId
    })

    return {
      content: [{ type: 'text', text: '已获取「打开填写预约信息页」的结果。请根据结果回答用户；需要用户继续操作时，再调用相应接口或引导用户打开页面。' }],
      structuredContent: {
        // TODO(autoskill): 【待确认】 doctorId 是页面用 setData 写入的展示状态（pages/book/book.js），不是接口返回的字段：请填写取值，或把它从 mcp.json 的 outputSchema 中删掉。
        doctorId: null,
        // TODO(autoskill): 【待确认】 patientName 是页面用 setData 写入的展示状态（pages/book/book.js），不是接口返回的字段：请填写取值，或把它从 mcp.json 的 outputSchema 中删掉。
        patientName: null,
        // TODO(autoskill): 【待确认】 phone 是页面用 setData 写入的展示状态（pages/book/book.js），不是接口返回的字段：请填写取值，或把它从 mcp.json 的 outputSchema 中删掉。
        phone: null,
        // TODO(autoskill): 【待确认】 slot 是页面用 setData 写入的展示状态（pages/book/book.js），不是接口返回的字段：请填写取值，或把它从 mcp.json 的 outputSchema 中删掉。
        slot: null,
        // TODO(autoskill): 【待确认】 slotId 是页面用 setData 写入的展示状态（pages/book/book.js），不是接口返回的字段：请填写取值，或把它从 mcp.json 的 outputSchema 中删掉。
        slotId: null,
        // TODO(autoskill): 【待确认】 today 是页面用 setData 写入的展示状态（pages/book/book.js），不是接口返回的字段：请填写取值，或把它从 mcp.json 的 outputSchema 中删掉。
        today: null,
        // TODO(autoskill): 【待确认】 waitlist 是页面用 setData 写入的展示状态（pages/book/book.js），不是接口返回的字段：请填写取值，或把它从 mcp.json 的 outputSchema 中删掉。
        waitlist: null
      },
      handoff: { query: `slotId=${queryValue(args.slotId)}` }
    }
  } catch (err) {
    console.error('[ai-mode] getSlotInBook failed', err)
    return { isError: true, content: [{ type: 'text', text: '「打开填写预约信息页」未能获取结果：' + errorText(err) + '。请告诉用户暂时无法获取，可以稍后再试；不要编造结果。' }] }
  }
}

module.exports = getSlotInBook
