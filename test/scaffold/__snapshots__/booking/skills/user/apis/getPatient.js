// [ai-mode:static] API getPatient：查看个人中心
// 由 autoskill 根据小程序代码静态生成，来源 pages/profile/profile.js:14；上线前请逐条处理标为【待确认】的问题。

const { database } = require('../utils/cloud')
const { errorText } = require('../utils/result')

async function getPatient(args = {}) {
  try {
    // [ai-mode:static] pages/profile/profile.js:26 wx.cloud.database patients.get
    // TODO(autoskill): 【待确认】 原代码的查询条件（where / orderBy / limit，pages/profile/profile.js:26）没有出现在分析结果里，这里读取的是集合的第一页，请补上条件。
    const patientsRes = await database()
      .collection('patients')
      .get()

    return {
      content: [{ type: 'text', text: '已获取「查看个人中心」的结果。请根据结果回答用户；需要用户继续操作时，再调用相应接口或引导用户打开页面。' }],
      structuredContent: {
        // TODO(autoskill): 【待确认】 avatarUrl 是页面用 setData 写入的展示状态（pages/profile/profile.js），不是接口返回的字段：请填写取值，或把它从 mcp.json 的 outputSchema 中删掉。
        avatarUrl: null,
        // TODO(autoskill): 【待确认】 nickName 是页面用 setData 写入的展示状态（pages/profile/profile.js），不是接口返回的字段：请填写取值，或把它从 mcp.json 的 outputSchema 中删掉。
        nickName: null,
        // TODO(autoskill): 【待确认】 patients 是页面用 setData 写入的展示状态（pages/profile/profile.js），不是接口返回的字段：请填写取值，或把它从 mcp.json 的 outputSchema 中删掉。
        patients: null,
        // TODO(autoskill): 【待确认】 phone 是页面用 setData 写入的展示状态（pages/profile/profile.js），不是接口返回的字段：请填写取值，或把它从 mcp.json 的 outputSchema 中删掉。
        phone: null
      },
      handoff: { query: '' }
    }
  } catch (err) {
    console.error('[ai-mode] getPatient failed', err)
    return { isError: true, content: [{ type: 'text', text: '「查看个人中心」未能获取结果：' + errorText(err) + '。请告诉用户暂时无法获取，可以稍后再试；不要编造结果。' }] }
  }
}

module.exports = getPatient
