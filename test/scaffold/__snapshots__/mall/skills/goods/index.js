// [ai-mode:static] 技能 goods：注册 5 个 API（由 autoskill 生成；技能在独立分包中运行，不能使用 getApp() 或主包代码）。

const getHomeData = require('./apis/getHomeData')
const getCatalog = require('./apis/getCatalog')
const getCatalogCurrent = require('./apis/getCatalogCurrent')
const getGoodsDetail = require('./apis/getGoodsDetail')
const collectGoods = require('./apis/collectGoods')

wx.modelContext.registerAPI('getHomeData', getHomeData)
wx.modelContext.registerAPI('getCatalog', getCatalog)
wx.modelContext.registerAPI('getCatalogCurrent', getCatalogCurrent)
wx.modelContext.registerAPI('getGoodsDetail', getGoodsDetail)
wx.modelContext.registerAPI('collectGoods', collectGoods)
