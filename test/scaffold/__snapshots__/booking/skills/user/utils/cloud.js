// 技能自己的云开发入口：独立分包需要自己调用 wx.cloud.init()。

// TODO(autoskill): 【待确认】 云开发环境 id 没有出现在分析结果里（原代码在 app.js:9 调用 wx.cloud.init），请填写与主包相同的 env。
const CLOUD_ENV = undefined

let ready = false

function init() {
  if (ready) return
  // [ai-mode:static] app.js:9 wx.cloud.init
  wx.cloud.init(CLOUD_ENV ? { env: CLOUD_ENV } : {})
  ready = true
}

async function callFunction(name, data) {
  init()
  try {
    const res = await wx.cloud.callFunction({ name, data })
    return res.result
  } catch (err) {
    console.error('[ai-mode] cloud function failed', name, err)
    throw err
  }
}

function database() {
  init()
  return wx.cloud.database()
}

module.exports = { callFunction, database }
