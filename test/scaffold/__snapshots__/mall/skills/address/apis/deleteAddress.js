// [ai-mode:static] API deleteAddress：删除地址
// 由 autoskill 根据小程序代码静态生成，来源 pages/ucenter/address/address.js:39；上线前请逐条处理标为【待确认】的问题。

const { BASE_URL, request } = require('../utils/request')
const { errorText } = require('../utils/result')

async function deleteAddress(args = {}) {
  try {
    // TODO(autoskill): 【待确认】 这些调用的先后顺序没有出现在分析结果里：这里先写操作，再读数据，最后处理支付。请对照原代码确认（pages/ucenter/address/address.js:39）。
    // [ai-mode:static] utils/util.js:25 wx.request POST https://mall.example.com/api/address/delete
    const addressDeleteRes = await request({
      url: BASE_URL + '/address/delete',
      method: 'POST',
      data: {
        id: args.id
      },
      auth: true
    })

    // [ai-mode:static] utils/util.js:25 wx.request GET https://mall.example.com/api/address/list
    const addressListRes = await request({
      url: BASE_URL + '/address/list',
      method: 'GET',
      auth: true
    })

    return {
      content: [{ type: 'text', text: '已完成「删除地址」。请把结果告诉用户；不要重复调用，以免重复提交。' }],
      structuredContent: {
        // TODO(autoskill): 【待确认】 addressList 是页面用 setData 写入的展示状态（pages/ucenter/address/address.js），不是接口返回的字段：请填写取值，或把它从 mcp.json 的 outputSchema 中删掉。
        addressList: null
      },
      handoff: { query: '' }
    }
  } catch (err) {
    console.error('[ai-mode] deleteAddress failed', err)
    return { isError: true, content: [{ type: 'text', text: '「删除地址」未完成：' + errorText(err) + '。请告诉用户操作没有成功；不要自动重试，以免重复提交。' }] }
  }
}

module.exports = deleteAddress
