// [ai-mode:static] Skill order: registers its 6 APIs (drafted by autoskill; skills run in an independent subpackage: no getApp(), no main-package code).

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
