// [ai-mode:static] 技能 goods：注册 8 个 API（由 autoskill 生成；技能在独立分包中运行，不能使用 getApp() 或主包代码）。

const getCart = require('./apis/getCart')
const getHomeData = require('./apis/getHomeData')
const getGoods = require('./apis/getGoods')
const confirmCartItem = require('./apis/confirmCartItem')
const deleteCartItem = require('./apis/deleteCartItem')
const getGoodsDetail = require('./apis/getGoodsDetail')
const getSkus = require('./apis/getSkus')
const collectGoods = require('./apis/collectGoods')

wx.modelContext.registerAPI('getCart', getCart)
wx.modelContext.registerAPI('getHomeData', getHomeData)
wx.modelContext.registerAPI('getGoods', getGoods)
wx.modelContext.registerAPI('confirmCartItem', confirmCartItem)
wx.modelContext.registerAPI('deleteCartItem', deleteCartItem)
wx.modelContext.registerAPI('getGoodsDetail', getGoodsDetail)
wx.modelContext.registerAPI('getSkus', getSkus)
wx.modelContext.registerAPI('collectGoods', collectGoods)
