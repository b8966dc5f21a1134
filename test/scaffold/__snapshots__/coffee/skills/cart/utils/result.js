// 读取接口返回字段、拼接 handoff 参数、整理错误信息的小工具。

function pick(value, path) {
  let cur = value
  for (const key of path.split('.')) {
    if (cur === null || cur === undefined) return null
    cur = cur[key]
  }
  return cur === undefined ? null : cur
}

function queryValue(value) {
  return value === undefined || value === null ? '' : encodeURIComponent(String(value))
}

function errorText(err) {
  if (!err) return 'unknown error'
  return String(err.message || err.errMsg || err)
}

module.exports = { pick, queryValue, errorText }
