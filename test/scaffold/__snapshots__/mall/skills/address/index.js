// [ai-mode:static] 技能 address：注册 5 个 API（由 autoskill 生成；技能在独立分包中运行，不能使用 getApp() 或主包代码）。

const getAddressList = require('./apis/getAddressList')
const deleteAddress = require('./apis/deleteAddress')
const getAddressDetail = require('./apis/getAddressDetail')
const selectAddress = require('./apis/selectAddress')
const saveAddress = require('./apis/saveAddress')

wx.modelContext.registerAPI('getAddressList', getAddressList)
wx.modelContext.registerAPI('deleteAddress', deleteAddress)
wx.modelContext.registerAPI('getAddressDetail', getAddressDetail)
wx.modelContext.registerAPI('selectAddress', selectAddress)
wx.modelContext.registerAPI('saveAddress', saveAddress)
