// [ai-mode:static] 技能 booking：注册 8 个 API（由 autoskill 生成；技能在独立分包中运行，不能使用 getApp() 或主包代码）。

const getDoctorList = require('./apis/getDoctorList')
const getSlotInBook = require('./apis/getSlotInBook')
const getUserBookingList = require('./apis/getUserBookingList')
const cancelBooking = require('./apis/cancelBooking')
const getBookingDetail = require('./apis/getBookingDetail')
const getSchedule = require('./apis/getSchedule')
const getSlotInSchedule = require('./apis/getSlotInSchedule')
const bookSlot = require('./apis/bookSlot')

wx.modelContext.registerAPI('getDoctorList', getDoctorList)
wx.modelContext.registerAPI('getSlotInBook', getSlotInBook)
wx.modelContext.registerAPI('getUserBookingList', getUserBookingList)
wx.modelContext.registerAPI('cancelBooking', cancelBooking)
wx.modelContext.registerAPI('getBookingDetail', getBookingDetail)
wx.modelContext.registerAPI('getSchedule', getSchedule)
wx.modelContext.registerAPI('getSlotInSchedule', getSlotInSchedule)
wx.modelContext.registerAPI('bookSlot', bookSlot)
