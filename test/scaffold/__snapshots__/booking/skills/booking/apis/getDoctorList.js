// [ai-mode:static] API getDoctorList：打开选择医生页
// 由 autoskill 根据小程序代码静态生成，来源 pages/doctors/doctors.js:10；上线前请逐条处理标为【待确认】的问题。

const { callFunction } = require('../utils/cloud')
const { queryValue, errorText } = require('../utils/result')

async function getDoctorList(args = {}) {
  try {
    // [ai-mode:static] utils/cloud.js:7 wx.cloud.callFunction getDoctors
    const getDoctorsRes = await callFunction('getDoctors', {
      deptId: args.deptId
    })

    return {
      content: [{ type: 'text', text: '已获取「打开选择医生页」的结果。请根据结果回答用户；需要用户继续操作时，再调用相应接口或引导用户打开页面。' }],
      structuredContent: {
        // TODO(autoskill): 【待确认】 deptId 是页面用 setData 写入的展示状态（pages/doctors/doctors.js），不是接口返回的字段：请填写取值，或把它从 mcp.json 的 outputSchema 中删掉。
        deptId: null,
        // TODO(autoskill): 【待确认】 doctors 是页面用 setData 写入的展示状态（pages/doctors/doctors.js），不是接口返回的字段：请填写取值，或把它从 mcp.json 的 outputSchema 中删掉。
        doctors: null,
        // TODO(autoskill): 【待确认】 loaded 是页面用 setData 写入的展示状态（pages/doctors/doctors.js），不是接口返回的字段：请填写取值，或把它从 mcp.json 的 outputSchema 中删掉。
        loaded: null
      },
      handoff: { query: `deptId=${queryValue(args.deptId)}` }
    }
  } catch (err) {
    console.error('[ai-mode] getDoctorList failed', err)
    return { isError: true, content: [{ type: 'text', text: '「打开选择医生页」未能获取结果：' + errorText(err) + '。请告诉用户暂时无法获取，可以稍后再试；不要编造结果。' }] }
  }
}

module.exports = getDoctorList
