// [ai-mode:static] API updateProfile：保存资料
// 由 autoskill 根据小程序代码静态生成，来源 pages/profile/profile.js:42；上线前请逐条处理标为【待确认】的问题。

const { callFunction } = require('../utils/cloud')
const { errorText } = require('../utils/result')

async function updateProfile(args = {}) {
  try {
    // [ai-mode:static] utils/cloud.js:7 wx.cloud.callFunction updateProfile
    const updateProfileRes = await callFunction('updateProfile', {
      avatarUrl: args.avatarUrl,
      nickName: args.nickName,
      phone: args.phone
    })

    return {
      content: [{ type: 'text', text: '已完成「保存资料」。请把结果告诉用户；不要重复调用，以免重复提交。' }],
      handoff: { query: '' }
    }
  } catch (err) {
    console.error('[ai-mode] updateProfile failed', err)
    return { isError: true, content: [{ type: 'text', text: '「保存资料」未完成：' + errorText(err) + '。请告诉用户操作没有成功；不要自动重试，以免重复提交。' }] }
  }
}

module.exports = updateProfile
