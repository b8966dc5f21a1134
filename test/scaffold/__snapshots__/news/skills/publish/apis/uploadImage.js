// [ai-mode:static] API uploadImage：上传图片
// 由 autoskill 根据小程序代码静态生成，来源 pages/publish/publish.js:38；上线前请逐条处理标为【待确认】的问题。

const { BASE_URL, upload } = require('../utils/request')
const { pick, errorText } = require('../utils/result')

async function uploadImage(args = {}) {
  try {
    // [ai-mode:static] pages/publish/publish.js:54 wx.uploadFile POST https://news.example.com/api/upload/image
    // TODO(autoskill): 【待确认】 上传文件的字段名未能静态确定（pages/publish/publish.js:54），请确认。
    const uploadImageRes = await upload({
      url: BASE_URL + '/upload/image',
      filePath: args.filePath,
      name: undefined,
      formData: {
        scene: args.scene
      }
    })

    return {
      content: [{ type: 'text', text: '已完成「上传图片」。请把结果告诉用户；不要重复调用，以免重复提交。' }],
      structuredContent: {
        // TODO(autoskill): 【待确认】 images 是页面用 setData 写入的展示状态（pages/publish/publish.js），不是接口返回的字段：请填写取值，或把它从 mcp.json 的 outputSchema 中删掉。
        images: null,
        url: pick(uploadImageRes, 'data.url')
      },
      handoff: { query: '' }
    }
  } catch (err) {
    console.error('[ai-mode] uploadImage failed', err)
    return { isError: true, content: [{ type: 'text', text: '「上传图片」未完成：' + errorText(err) + '。请告诉用户操作没有成功；不要自动重试，以免重复提交。' }] }
  }
}

module.exports = uploadImage
