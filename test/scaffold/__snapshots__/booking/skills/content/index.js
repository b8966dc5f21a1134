// [ai-mode:static] 技能 content：注册 1 个 API（由 autoskill 生成；技能在独立分包中运行，不能使用 getApp() 或主包代码）。

const getHomeData = require('./apis/getHomeData')

wx.modelContext.registerAPI('getHomeData', getHomeData)
