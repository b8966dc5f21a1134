// [ai-mode:static] API selectAddress：选择地址
// 由 autoskill 根据小程序代码静态生成，来源 pages/ucenter/address/address.js:29；上线前请逐条处理标为【待确认】的问题。

const { errorText } = require('../utils/result')

async function selectAddress(args = {}) {
  try {
    // [ai-mode:static] pages/ucenter/address/address.js:31 wx.setStorage addressId
    wx.setStorageSync('addressId', args.addressId)

    return {
      content: [{ type: 'text', text: '已完成「选择地址」（只改动本机数据）。请告诉用户已处理。' }],
      handoff: { query: '' }
    }
  } catch (err) {
    console.error('[ai-mode] selectAddress failed', err)
    return { isError: true, content: [{ type: 'text', text: '「选择地址」未完成：' + errorText(err) + '。请告诉用户操作没有成功；不要自动重试，以免重复提交。' }] }
  }
}

module.exports = selectAddress
