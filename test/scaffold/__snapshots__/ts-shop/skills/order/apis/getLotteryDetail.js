// [ai-mode:static] API getLotteryDetail：查看幸运大转盘
// 由 autoskill 根据小程序代码静态生成，来源 pkg-activity/lottery/index.ts:20；上线前请逐条处理标为【待确认】的问题。

const { ACT_BASE_URL, request } = require('../utils/request')
const { queryValue, errorText } = require('../utils/result')

async function getLotteryDetail(args = {}) {
  try {
    // [ai-mode:static] pkg-activity/utils/request.ts:6 wx.request GET https://act.example.com/api/lottery/{actId}
    const lotteryRes = await request({
      url: `${ACT_BASE_URL}/${encodeURIComponent(args.actId)}`,
      method: 'GET',
      auth: true
    })

    return {
      content: [{ type: 'text', text: '已获取「查看幸运大转盘」的结果。请根据结果回答用户；需要用户继续操作时，再调用相应接口或引导用户打开页面。' }],
      structuredContent: {
        // TODO(autoskill): 【待确认】 act 是页面用 setData 写入的展示状态（pkg-activity/lottery/index.ts），不是接口返回的字段：请填写取值，或把它从 mcp.json 的 outputSchema 中删掉。
        act: null,
        // TODO(autoskill): 【待确认】 actId 是页面用 setData 写入的展示状态（pkg-activity/lottery/index.ts），不是接口返回的字段：请填写取值，或把它从 mcp.json 的 outputSchema 中删掉。
        actId: null,
        // TODO(autoskill): 【待确认】 statusBarHeight 是页面用 setData 写入的展示状态（pkg-activity/lottery/index.ts），不是接口返回的字段：请填写取值，或把它从 mcp.json 的 outputSchema 中删掉。
        statusBarHeight: null
      },
      handoff: { query: `actId=${queryValue(args.actId)}` }
    }
  } catch (err) {
    console.error('[ai-mode] getLotteryDetail failed', err)
    return { isError: true, content: [{ type: 'text', text: '「查看幸运大转盘」未能获取结果：' + errorText(err) + '。请告诉用户暂时无法获取，可以稍后再试；不要编造结果。' }] }
  }
}

module.exports = getLotteryDetail
