// [ai-mode:static] 技能 user：注册 2 个 API（由 autoskill 生成；技能在独立分包中运行，不能使用 getApp() 或主包代码）。

const getUserProfile = require('./apis/getUserProfile')
const login = require('./apis/login')

wx.modelContext.registerAPI('getUserProfile', getUserProfile)
wx.modelContext.registerAPI('login', login)
