// [ai-mode:static] API updateUser：个性签名 保存
// 由 autoskill 根据小程序代码静态生成，来源 pages/profile/profile.js:16；上线前请逐条处理标为【待确认】的问题。

const { BASE_URL, request } = require('../utils/request')
const { errorText } = require('../utils/result')

async function updateUser(args = {}) {
  try {
    // [ai-mode:static] utils/request-default.js:3 wx.request POST https://w.example.com/api/user/update
    const userUpdateRes = await request({
      url: BASE_URL + '/user/update',
      method: 'POST',
      data: {
        nickname: args.nickname,
        signature: args.signature
      },
      auth: true
    })

    return {
      content: [{ type: 'text', text: '已完成「个性签名 保存」。请把结果告诉用户；不要重复调用，以免重复提交。' }],
      handoff: { query: '' }
    }
  } catch (err) {
    console.error('[ai-mode] updateUser failed', err)
    return { isError: true, content: [{ type: 'text', text: '「个性签名 保存」未完成：' + errorText(err) + '。请告诉用户操作没有成功；不要自动重试，以免重复提交。' }] }
  }
}

module.exports = updateUser
