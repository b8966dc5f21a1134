// [ai-mode:static] API claimLottery：抽奖（剩余 次）
// 由 autoskill 根据小程序代码静态生成，来源 pkg-activity/lottery/index.ts:31；上线前请逐条处理标为【待确认】的问题。

const { ACT_BASE_URL, request } = require('../utils/request')
const { queryValue, errorText } = require('../utils/result')

async function claimLottery(args = {}) {
  try {
    // [ai-mode:static] pkg-activity/utils/request.ts:6 wx.request POST https://act.example.com/api/lottery/draw
    const lotteryDrawRes = await request({
      url: ACT_BASE_URL + '/draw',
      method: 'POST',
      data: {
        actId: args.actId
      },
      auth: true
    })

    return {
      content: [{ type: 'text', text: '已完成「抽奖（剩余 次）」。请把结果告诉用户；不要重复调用，以免重复提交。' }],
      structuredContent: {
        // TODO(autoskill): 【待确认】 act 是页面用 setData 写入的展示状态（pkg-activity/lottery/index.ts），不是接口返回的字段：请填写取值，或把它从 mcp.json 的 outputSchema 中删掉。
        act: null,
        // TODO(autoskill): 【待确认】 result 是页面用 setData 写入的展示状态（pkg-activity/lottery/index.ts），不是接口返回的字段：请填写取值，或把它从 mcp.json 的 outputSchema 中删掉。
        result: null,
        // TODO(autoskill): 【待确认】 spinning 是页面用 setData 写入的展示状态（pkg-activity/lottery/index.ts），不是接口返回的字段：请填写取值，或把它从 mcp.json 的 outputSchema 中删掉。
        spinning: null
      },
      handoff: { query: `actId=${queryValue(args.actId)}` }
    }
  } catch (err) {
    console.error('[ai-mode] claimLottery failed', err)
    return { isError: true, content: [{ type: 'text', text: '「抽奖（剩余 次）」未完成：' + errorText(err) + '。请告诉用户操作没有成功；不要自动重试，以免重复提交。' }] }
  }
}

module.exports = claimLottery
