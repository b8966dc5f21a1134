// 技能自己的网络请求：基础地址、登录与鉴权都在这里，技能不能引用主包的请求封装（V001）。

const BASE_URL = 'https://news.example.com/api'

function send(options) {
  return new Promise((resolve, reject) => {
    wx.request({
      url: options.url,
      method: options.method || 'GET',
      data: options.data,
      header: options.header || {},
      success: (res) => {
        if (res.statusCode >= 200 && res.statusCode < 300) resolve(res.data)
        else reject(new Error('服务返回状态码 ' + res.statusCode))
      },
      fail: (err) => {
        console.error('[ai-mode] request failed', options.url, err)
        reject(new Error(err.errMsg || 'request:fail'))
      }
    })
  })
}

async function request(options) {
  const header = {}
  return send({ url: options.url, method: options.method, data: options.data, header })
}

async function upload(options) {
  const header = {}
  return new Promise((resolve, reject) => {
    wx.uploadFile({
      url: options.url,
      filePath: options.filePath,
      name: options.name,
      formData: options.formData,
      header,
      success: (res) => {
        try {
          resolve(JSON.parse(res.data))
        } catch (e) {
          resolve(res.data)
        }
      },
      fail: (err) => {
        console.error('[ai-mode] upload failed', options.url, err)
        reject(new Error(err.errMsg || 'uploadFile:fail'))
      }
    })
  })
}

module.exports = { BASE_URL, request, upload }
