// [ai-mode:static] 技能 search：注册 4 个 API（由 autoskill 生成；技能在独立分包中运行，不能使用 getApp() 或主包代码）。

const getSearch = require('./apis/getSearch')
const clearSearchHistory = require('./apis/clearSearchHistory')
const searchGoods = require('./apis/searchGoods')
const searchSuggestion = require('./apis/searchSuggestion')

wx.modelContext.registerAPI('getSearch', getSearch)
wx.modelContext.registerAPI('clearSearchHistory', clearSearchHistory)
wx.modelContext.registerAPI('searchGoods', searchGoods)
wx.modelContext.registerAPI('searchSuggestion', searchSuggestion)
