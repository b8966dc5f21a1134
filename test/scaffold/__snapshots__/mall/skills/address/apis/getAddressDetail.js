// [ai-mode:static] API getAddressDetail：打开编辑地址页
// 由 autoskill 根据小程序代码静态生成，来源 pages/ucenter/addressAdd/addressAdd.js:17；上线前请逐条处理标为【待确认】的问题。

const { BASE_URL, request } = require('../utils/request')
const { pick, queryValue, errorText } = require('../utils/result')

async function getAddressDetail(args = {}) {
  try {
    // [ai-mode:static] utils/util.js:25 wx.request GET https://mall.example.com/api/address/detail
    const addressDetailRes = await request({
      url: BASE_URL + '/address/detail',
      method: 'GET',
      data: {
        id: args.id
      },
      auth: true
    })

    return {
      content: [{ type: 'text', text: '已获取「打开编辑地址页」的结果。请根据结果回答用户；需要用户继续操作时，再调用相应接口或引导用户打开页面。' }],
      // TODO(autoskill): 【待确认】 返回字段按原代码读取的路径取值（utils/util.js:25）；原代码经过请求封装时，封装可能已拆掉外层，请确认路径。
      structuredContent: {
        // TODO(autoskill): 【待确认】 address 是页面用 setData 写入的展示状态（pages/ucenter/addressAdd/addressAdd.js），不是接口返回的字段：请填写取值，或把它从 mcp.json 的 outputSchema 中删掉。
        address: null,
        // TODO(autoskill): 【待确认】 addressId 是页面用 setData 写入的展示状态（pages/ucenter/addressAdd/addressAdd.js），不是接口返回的字段：请填写取值，或把它从 mcp.json 的 outputSchema 中删掉。
        addressId: null,
        city_name: pick(addressDetailRes, 'data.city_name'),
        district_name: pick(addressDetailRes, 'data.district_name'),
        province_name: pick(addressDetailRes, 'data.province_name'),
        // TODO(autoskill): 【待确认】 region 是页面用 setData 写入的展示状态（pages/ucenter/addressAdd/addressAdd.js），不是接口返回的字段：请填写取值，或把它从 mcp.json 的 outputSchema 中删掉。
        region: null
      },
      handoff: { query: `id=${queryValue(args.id)}` }
    }
  } catch (err) {
    console.error('[ai-mode] getAddressDetail failed', err)
    return { isError: true, content: [{ type: 'text', text: '「打开编辑地址页」未能获取结果：' + errorText(err) + '。请告诉用户暂时无法获取，可以稍后再试；不要编造结果。' }] }
  }
}

module.exports = getAddressDetail
