// [ai-mode:static] 技能 order：注册 7 个 API（由 autoskill 生成；技能在独立分包中运行，不能使用 getApp() 或主包代码）。

const getCartCheckout = require('./apis/getCartCheckout')
const getOrderList = require('./apis/getOrderList')
const submitOrder = require('./apis/submitOrder')
const getOrderDetail = require('./apis/getOrderDetail')
const cancelOrder = require('./apis/cancelOrder')
const confirmOrder = require('./apis/confirmOrder')
const payOrderDetail = require('./apis/payOrderDetail')

wx.modelContext.registerAPI('getCartCheckout', getCartCheckout)
wx.modelContext.registerAPI('getOrderList', getOrderList)
wx.modelContext.registerAPI('submitOrder', submitOrder)
wx.modelContext.registerAPI('getOrderDetail', getOrderDetail)
wx.modelContext.registerAPI('cancelOrder', cancelOrder)
wx.modelContext.registerAPI('confirmOrder', confirmOrder)
wx.modelContext.registerAPI('payOrderDetail', payOrderDetail)
