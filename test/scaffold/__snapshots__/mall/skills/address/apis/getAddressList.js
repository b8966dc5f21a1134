// [ai-mode:static] API getAddressList：查看地址管理
// 由 autoskill 根据小程序代码静态生成，来源 pages/ucenter/address/address.js:10；上线前请逐条处理标为【待确认】的问题。

const { BASE_URL, request } = require('../utils/request')
const { queryValue, errorText } = require('../utils/result')

async function getAddressList(args = {}) {
  try {
    // [ai-mode:static] utils/util.js:25 wx.request GET https://mall.example.com/api/address/list
    const addressListRes = await request({
      url: BASE_URL + '/address/list',
      method: 'GET',
      auth: true
    })

    return {
      content: [{ type: 'text', text: '已获取「查看地址管理」的结果。请根据结果回答用户；需要用户继续操作时，再调用相应接口或引导用户打开页面。' }],
      structuredContent: {
        // TODO(autoskill): 【待确认】 addressList 是页面用 setData 写入的展示状态（pages/ucenter/address/address.js），不是接口返回的字段：请填写取值，或把它从 mcp.json 的 outputSchema 中删掉。
        addressList: null,
        // TODO(autoskill): 【待确认】 fromCheckout 是页面用 setData 写入的展示状态（pages/ucenter/address/address.js），不是接口返回的字段：请填写取值，或把它从 mcp.json 的 outputSchema 中删掉。
        fromCheckout: null
      },
      handoff: { query: `from=${queryValue(args.from)}` }
    }
  } catch (err) {
    console.error('[ai-mode] getAddressList failed', err)
    return { isError: true, content: [{ type: 'text', text: '「查看地址管理」未能获取结果：' + errorText(err) + '。请告诉用户暂时无法获取，可以稍后再试；不要编造结果。' }] }
  }
}

module.exports = getAddressList
