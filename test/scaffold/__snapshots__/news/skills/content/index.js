// [ai-mode:static] 技能 content：注册 7 个 API（由 autoskill 生成；技能在独立分包中运行，不能使用 getApp() 或主包代码）。

const getArticleList = require('./apis/getArticleList')
const submitArticle = require('./apis/submitArticle')
const getArticleDetail = require('./apis/getArticleDetail')
const collectArticle = require('./apis/collectArticle')
const downloadAttachment = require('./apis/downloadAttachment')
const likeArticle = require('./apis/likeArticle')
const submitArticleComment = require('./apis/submitArticleComment')

wx.modelContext.registerAPI('getArticleList', getArticleList)
wx.modelContext.registerAPI('submitArticle', submitArticle)
wx.modelContext.registerAPI('getArticleDetail', getArticleDetail)
wx.modelContext.registerAPI('collectArticle', collectArticle)
wx.modelContext.registerAPI('downloadAttachment', downloadAttachment)
wx.modelContext.registerAPI('likeArticle', likeArticle)
wx.modelContext.registerAPI('submitArticleComment', submitArticleComment)
