// [ai-mode:static] 技能 goods：注册 5 个 API（由 autoskill 生成；技能在独立分包中运行，不能使用 getApp() 或主包代码）。

const getHomeData = require('./apis/getHomeData')
const getItemList = require('./apis/getItemList')
const getItemDetail = require('./apis/getItemDetail')
const collectItem = require('./apis/collectItem')
const payOrder = require('./apis/payOrder')

wx.modelContext.registerAPI('getHomeData', getHomeData)
wx.modelContext.registerAPI('getItemList', getItemList)
wx.modelContext.registerAPI('getItemDetail', getItemDetail)
wx.modelContext.registerAPI('collectItem', collectItem)
wx.modelContext.registerAPI('payOrder', payOrder)
