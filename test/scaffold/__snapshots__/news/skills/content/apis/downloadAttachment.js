// [ai-mode:static] API downloadAttachment：📎 （点击查看）
// 由 autoskill 根据小程序代码静态生成，来源 pages/detail/detail.js:69；上线前请逐条处理标为【待确认】的问题。

const { FILES_BASE_URL, download } = require('../utils/request')
const { pick, errorText } = require('../utils/result')

async function downloadAttachment(args = {}) {
  try {
    // [ai-mode:static] pages/detail/detail.js:72 wx.downloadFile GET https://files.news.example.com/attachments/{attachmentId}.pdf
    const attachmentsRes = await download({
      url: `${FILES_BASE_URL}/${encodeURIComponent(args.attachmentId)}.pdf`
    })

    return {
      content: [{ type: 'text', text: '已完成「📎 （点击查看）」。请把结果告诉用户；不要重复调用，以免重复提交。' }],
      structuredContent: {
        tempFilePath: pick(attachmentsRes, 'tempFilePath')
      },
      handoff: { query: '' }
    }
  } catch (err) {
    console.error('[ai-mode] downloadAttachment failed', err)
    return { isError: true, content: [{ type: 'text', text: '「📎 （点击查看）」未完成：' + errorText(err) + '。请告诉用户操作没有成功；不要自动重试，以免重复提交。' }] }
  }
}

module.exports = downloadAttachment
