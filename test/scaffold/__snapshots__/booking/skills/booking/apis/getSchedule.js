// [ai-mode:static] API getSchedule：打开选择时段页
// 由 autoskill 根据小程序代码静态生成，来源 pages/schedule/schedule.js:18；上线前请逐条处理标为【待确认】的问题。

const { database } = require('../utils/cloud')
const { queryValue, errorText } = require('../utils/result')

async function getSchedule(args = {}) {
  try {
    // [ai-mode:static] pages/schedule/schedule.js:32 wx.cloud.database doctors.get
    // TODO(autoskill): 【待确认】 原代码的查询条件（where / orderBy / limit，pages/schedule/schedule.js:32）没有出现在分析结果里，这里读取的是集合的第一页，请补上条件。
    const doctorsRes = await database()
      .collection('doctors')
      .get()

    // [ai-mode:static] pages/schedule/schedule.js:39 wx.cloud.database slots.get
    // TODO(autoskill): 【待确认】 原代码的查询条件（where / orderBy / limit，pages/schedule/schedule.js:39）没有出现在分析结果里，这里读取的是集合的第一页，请补上条件。
    const slotsRes = await database()
      .collection('slots')
      .get()

    return {
      content: [{ type: 'text', text: '已获取「打开选择时段页」的结果。请根据结果回答用户；需要用户继续操作时，再调用相应接口或引导用户打开页面。' }],
      structuredContent: {
        // TODO(autoskill): 【待确认】 afternoon 是页面用 setData 写入的展示状态（pages/schedule/schedule.js），不是接口返回的字段：请填写取值，或把它从 mcp.json 的 outputSchema 中删掉。
        afternoon: null,
        // TODO(autoskill): 【待确认】 date 是页面用 setData 写入的展示状态（pages/schedule/schedule.js），不是接口返回的字段：请填写取值，或把它从 mcp.json 的 outputSchema 中删掉。
        date: null,
        // TODO(autoskill): 【待确认】 doctor 是页面用 setData 写入的展示状态（pages/schedule/schedule.js），不是接口返回的字段：请填写取值，或把它从 mcp.json 的 outputSchema 中删掉。
        doctor: null,
        // TODO(autoskill): 【待确认】 doctorId 是页面用 setData 写入的展示状态（pages/schedule/schedule.js），不是接口返回的字段：请填写取值，或把它从 mcp.json 的 outputSchema 中删掉。
        doctorId: null,
        // TODO(autoskill): 【待确认】 lastDay 是页面用 setData 写入的展示状态（pages/schedule/schedule.js），不是接口返回的字段：请填写取值，或把它从 mcp.json 的 outputSchema 中删掉。
        lastDay: null,
        // TODO(autoskill): 【待确认】 morning 是页面用 setData 写入的展示状态（pages/schedule/schedule.js），不是接口返回的字段：请填写取值，或把它从 mcp.json 的 outputSchema 中删掉。
        morning: null,
        // TODO(autoskill): 【待确认】 today 是页面用 setData 写入的展示状态（pages/schedule/schedule.js），不是接口返回的字段：请填写取值，或把它从 mcp.json 的 outputSchema 中删掉。
        today: null,
        // TODO(autoskill): 【待确认】 week 是页面用 setData 写入的展示状态（pages/schedule/schedule.js），不是接口返回的字段：请填写取值，或把它从 mcp.json 的 outputSchema 中删掉。
        week: null
      },
      handoff: { query: `doctorId=${queryValue(args.doctorId)}` }
    }
  } catch (err) {
    console.error('[ai-mode] getSchedule failed', err)
    return { isError: true, content: [{ type: 'text', text: '「打开选择时段页」未能获取结果：' + errorText(err) + '。请告诉用户暂时无法获取，可以稍后再试；不要编造结果。' }] }
  }
}

module.exports = getSchedule
