// [ai-mode:static] 技能 order：注册 8 个 API（由 autoskill 生成；技能在独立分包中运行，不能使用 getApp() 或主包代码）。

const getLotteryDetail = require('./apis/getLotteryDetail')
const getOrderList = require('./apis/getOrderList')
const getOrderPreview = require('./apis/getOrderPreview')
const claimLottery = require('./apis/claimLottery')
const payOrderInConfirm = require('./apis/payOrderInConfirm')
const getOrderDetail = require('./apis/getOrderDetail')
const cancelOrder = require('./apis/cancelOrder')
const payOrderInDetail = require('./apis/payOrderInDetail')

wx.modelContext.registerAPI('getLotteryDetail', getLotteryDetail)
wx.modelContext.registerAPI('getOrderList', getOrderList)
wx.modelContext.registerAPI('getOrderPreview', getOrderPreview)
wx.modelContext.registerAPI('claimLottery', claimLottery)
wx.modelContext.registerAPI('payOrderInConfirm', payOrderInConfirm)
wx.modelContext.registerAPI('getOrderDetail', getOrderDetail)
wx.modelContext.registerAPI('cancelOrder', cancelOrder)
wx.modelContext.registerAPI('payOrderInDetail', payOrderInDetail)
