// [ai-mode:static] 技能 order：注册 6 个 API（由 autoskill 生成；技能在独立分包中运行，不能使用 getApp() 或主包代码）。

const getOrderList = require('./apis/getOrderList')
const getOrderPreview = require('./apis/getOrderPreview')
const createOrder = require('./apis/createOrder')
const payOrder = require('./apis/payOrder')
const getOrderDetail = require('./apis/getOrderDetail')
const cancelOrder = require('./apis/cancelOrder')

wx.modelContext.registerAPI('getOrderList', getOrderList)
wx.modelContext.registerAPI('getOrderPreview', getOrderPreview)
wx.modelContext.registerAPI('createOrder', createOrder)
wx.modelContext.registerAPI('payOrder', payOrder)
wx.modelContext.registerAPI('getOrderDetail', getOrderDetail)
wx.modelContext.registerAPI('cancelOrder', cancelOrder)
