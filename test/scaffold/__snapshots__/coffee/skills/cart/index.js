// [ai-mode:static] 技能 cart：注册 8 个 API（由 autoskill 生成；技能在独立分包中运行，不能使用 getApp() 或主包代码）。

const getHomeData = require('./apis/getHomeData')
const getMenu = require('./apis/getMenu')
const getCartList = require('./apis/getCartList')
const getDrinkDetail = require('./apis/getDrinkDetail')
const deleteCart = require('./apis/deleteCart')
const updateCart = require('./apis/updateCart')
const getStoreNearby = require('./apis/getStoreNearby')
const addToCart = require('./apis/addToCart')

wx.modelContext.registerAPI('getHomeData', getHomeData)
wx.modelContext.registerAPI('getMenu', getMenu)
wx.modelContext.registerAPI('getCartList', getCartList)
wx.modelContext.registerAPI('getDrinkDetail', getDrinkDetail)
wx.modelContext.registerAPI('deleteCart', deleteCart)
wx.modelContext.registerAPI('updateCart', updateCart)
wx.modelContext.registerAPI('getStoreNearby', getStoreNearby)
wx.modelContext.registerAPI('addToCart', addToCart)
