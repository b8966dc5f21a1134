// [ai-mode:static] API getHomeData：查看首页内容
// 由 autoskill 根据小程序代码静态生成，来源 pages/index/index.js:14；上线前请逐条处理标为【待确认】的问题。

const { callFunction, database } = require('../utils/cloud')
const { errorText } = require('../utils/result')

async function getHomeData(args = {}) {
  try {
    // TODO(autoskill): 【待确认】 这些调用的先后顺序没有出现在分析结果里：这里先写操作，再读数据，最后处理支付。请对照原代码确认（pages/index/index.js:14）。
    // [ai-mode:static] utils/cloud.js:7 wx.cloud.callFunction getNotices
    const getNoticesRes = await callFunction('getNotices', {
      limit: args.limit
    })

    // [ai-mode:static] pages/index/index.js:21 wx.cloud.database departments.get
    // TODO(autoskill): 【待确认】 原代码的查询条件（where / orderBy / limit，pages/index/index.js:21）没有出现在分析结果里，这里读取的是集合的第一页，请补上条件。
    const departmentsRes = await database()
      .collection('departments')
      .get()

    return {
      content: [{ type: 'text', text: '已获取「查看首页内容」的结果。请根据结果回答用户；需要用户继续操作时，再调用相应接口或引导用户打开页面。' }],
      structuredContent: {
        // TODO(autoskill): 【待确认】 clinicName 是页面用 setData 写入的展示状态（pages/index/index.js），不是接口返回的字段：请填写取值，或把它从 mcp.json 的 outputSchema 中删掉。
        clinicName: null,
        // TODO(autoskill): 【待确认】 departments 是页面用 setData 写入的展示状态（pages/index/index.js），不是接口返回的字段：请填写取值，或把它从 mcp.json 的 outputSchema 中删掉。
        departments: null,
        // TODO(autoskill): 【待确认】 notices 是页面用 setData 写入的展示状态（pages/index/index.js），不是接口返回的字段：请填写取值，或把它从 mcp.json 的 outputSchema 中删掉。
        notices: null
      },
      handoff: { query: '' }
    }
  } catch (err) {
    console.error('[ai-mode] getHomeData failed', err)
    return { isError: true, content: [{ type: 'text', text: '「查看首页内容」未能获取结果：' + errorText(err) + '。请告诉用户暂时无法获取，可以稍后再试；不要编造结果。' }] }
  }
}

module.exports = getHomeData
