// [ai-mode:static] Skill cart: registers its 8 APIs (drafted by autoskill; skills run in an independent subpackage: no getApp(), no main-package code).

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
