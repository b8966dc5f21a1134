// [ai-mode:static] 技能 publish：注册 2 个 API（由 autoskill 生成；技能在独立分包中运行，不能使用 getApp() 或主包代码）。

const saveDraft = require('./apis/saveDraft')
const uploadImage = require('./apis/uploadImage')

wx.modelContext.registerAPI('saveDraft', saveDraft)
wx.modelContext.registerAPI('uploadImage', uploadImage)
