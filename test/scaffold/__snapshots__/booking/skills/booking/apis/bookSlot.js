// [ai-mode:static] API bookSlot：预约时段
// 由 autoskill 根据小程序代码静态生成，来源 pages/book/book.js:52；上线前请逐条处理标为【待确认】的问题。

const { callFunction, database } = require('../utils/cloud')
const { pick, queryValue, errorText } = require('../utils/result')

async function bookSlot(args = {}) {
  try {
    // TODO(autoskill): 【待确认】 这些调用的先后顺序没有出现在分析结果里：这里先写操作，再读数据，最后处理支付。请对照原代码确认（pages/book/book.js:52）。
    // [ai-mode:static] pages/book/book.js:74 wx.cloud.callFunction book
    const bookRes = await callFunction('book', {
      doctorId: args.doctorId,
      patient: args.patient,
      savePatient: args.savePatient,
      slotId: args.slotId,
      symptom: args.symptom
    })

    // [ai-mode:static] pages/book/book.js:117 wx.cloud.database bookings.add
    const bookingsRes = await database()
      .collection('bookings')
      .add({
        data: {
          birthday: args.birthday,
          createdAt: args.createdAt,
          doctorId: args.doctorId,
          gender: args.gender,
          patientName: args.patientName,
          phone: args.phone,
          slotId: args.slotId,
          status: args.status,
          symptom: args.symptom
        }
      })

    return {
      content: [{ type: 'text', text: '已完成「预约时段」。请把结果告诉用户；不要重复调用，以免重复提交。' }],
      structuredContent: {
        bookingId: pick(bookRes, 'bookingId'),
        // TODO(autoskill): 【待确认】 submitting 是页面用 setData 写入的展示状态（pages/book/book.js），不是接口返回的字段：请填写取值，或把它从 mcp.json 的 outputSchema 中删掉。
        submitting: null
      },
      handoff: { query: `doctorId=${queryValue(args.doctorId)}&slotId=${queryValue(args.slotId)}` }
    }
  } catch (err) {
    console.error('[ai-mode] bookSlot failed', err)
    return { isError: true, content: [{ type: 'text', text: '「预约时段」未完成：' + errorText(err) + '。请告诉用户操作没有成功；不要自动重试，以免重复提交。' }] }
  }
}

module.exports = bookSlot
