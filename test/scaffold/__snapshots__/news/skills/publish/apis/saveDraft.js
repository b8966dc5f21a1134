// [ai-mode:static] API saveDraft：保存草稿
// 由 autoskill 根据小程序代码静态生成，来源 pages/publish/publish.js:28；上线前请逐条处理标为【待确认】的问题。

const { errorText } = require('../utils/result')

async function saveDraft(args = {}) {
  try {
    // [ai-mode:static] pages/publish/publish.js:31 wx.setStorage publish_draft
    // TODO(autoskill): 【待确认】 原代码把一个值写入本地存储 publish_draft（pages/publish/publish.js:31），写入的值未能静态确定，请补上。

    return {
      content: [{ type: 'text', text: '已完成「保存草稿」（只改动本机数据）。请告诉用户已处理。' }],
      handoff: { query: '' }
    }
  } catch (err) {
    console.error('[ai-mode] saveDraft failed', err)
    return { isError: true, content: [{ type: 'text', text: '「保存草稿」未完成：' + errorText(err) + '。请告诉用户操作没有成功；不要自动重试，以免重复提交。' }] }
  }
}

module.exports = saveDraft
