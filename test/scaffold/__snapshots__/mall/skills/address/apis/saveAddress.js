// [ai-mode:static] API saveAddress：保存地址
// 由 autoskill 根据小程序代码静态生成，来源 pages/ucenter/addressAdd/addressAdd.js:47；上线前请逐条处理标为【待确认】的问题。

const { BASE_URL, request } = require('../utils/request')
const { queryValue, errorText } = require('../utils/result')

async function saveAddress(args = {}) {
  try {
    // [ai-mode:static] utils/util.js:25 wx.request POST https://mall.example.com/api/address/save
    const addressSaveRes = await request({
      url: BASE_URL + '/address/save',
      method: 'POST',
      data: {
        address: args.address,
        city: args.city,
        district: args.district,
        id: args.id,
        is_default: args.is_default,
        mobile: args.mobile,
        name: args.name,
        province: args.province
      },
      auth: true
    })

    return {
      content: [{ type: 'text', text: '已完成「保存地址」。请把结果告诉用户；不要重复调用，以免重复提交。' }],
      handoff: { query: `id=${queryValue(args.id)}` }
    }
  } catch (err) {
    console.error('[ai-mode] saveAddress failed', err)
    return { isError: true, content: [{ type: 'text', text: '「保存地址」未完成：' + errorText(err) + '。请告诉用户操作没有成功；不要自动重试，以免重复提交。' }] }
  }
}

module.exports = saveAddress
