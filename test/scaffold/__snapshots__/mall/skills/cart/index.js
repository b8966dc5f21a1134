// [ai-mode:static] 技能 cart：注册 6 个 API（由 autoskill 生成；技能在独立分包中运行，不能使用 getApp() 或主包代码）。

const getCart = require('./apis/getCart')
const addToCart = require('./apis/addToCart')
const addToCartFast = require('./apis/addToCartFast')
const deleteCart = require('./apis/deleteCart')
const selectCart = require('./apis/selectCart')
const updateCart = require('./apis/updateCart')

wx.modelContext.registerAPI('getCart', getCart)
wx.modelContext.registerAPI('addToCart', addToCart)
wx.modelContext.registerAPI('addToCartFast', addToCartFast)
wx.modelContext.registerAPI('deleteCart', deleteCart)
wx.modelContext.registerAPI('selectCart', selectCart)
wx.modelContext.registerAPI('updateCart', updateCart)
