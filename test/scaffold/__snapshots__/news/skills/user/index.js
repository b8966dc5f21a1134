// [ai-mode:static] 技能 user：注册 1 个 API（由 autoskill 生成；技能在独立分包中运行，不能使用 getApp() 或主包代码）。

const clearAll = require('./apis/clearAll')

wx.modelContext.registerAPI('clearAll', clearAll)
