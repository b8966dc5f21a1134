// [ai-mode:static] Skill user: registers its 2 APIs (drafted by autoskill; skills run in an independent subpackage: no getApp(), no main-package code).

const getUserProfile = require('./apis/getUserProfile')
const logout = require('./apis/logout')

wx.modelContext.registerAPI('getUserProfile', getUserProfile)
wx.modelContext.registerAPI('logout', logout)
