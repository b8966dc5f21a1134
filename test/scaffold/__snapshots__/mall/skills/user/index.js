// [ai-mode:static] 技能 user：注册 3 个 API（由 autoskill 生成；技能在独立分包中运行，不能使用 getApp() 或主包代码）。

const getUser = require('./apis/getUser')
const logout = require('./apis/logout')
const login = require('./apis/login')

wx.modelContext.registerAPI('getUser', getUser)
wx.modelContext.registerAPI('logout', logout)
wx.modelContext.registerAPI('login', login)
