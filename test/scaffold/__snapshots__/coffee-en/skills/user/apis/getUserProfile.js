// [ai-mode:static] API getUserProfile: view user profile
// Drafted by autoskill from the mini-program's code (pages/mine/mine.js:8); resolve every question marked [to confirm] before release.

const { BASE_URL, request } = require('../utils/request')
const { errorText } = require('../utils/result')

async function getUserProfile(args = {}) {
  try {
    // [ai-mode:static] pages/mine/mine.js:15 wx.removeStorage token
    // TODO(autoskill): [to confirm] The code also runs wx.removeStorageSync('token') at pages/mine/mine.js:15, probably only under some condition (the analysis does not record conditions); add it only if needed.
    // wx.removeStorageSync('token')

    // [ai-mode:static] pages/mine/mine.js:10 wx.request GET https://coffee.example.com/api/user/profile
    const userProfileRes = await request({
      url: BASE_URL + '/user/profile',
      method: 'GET',
      auth: true
    })

    return {
      content: [{ type: 'text', text: 'The result of "view user profile" is ready. Answer the user from it; call another API or point the user to the page only when they want to go on.' }],
      structuredContent: {
        // TODO(autoskill): [to confirm] user is display state the page writes with setData (pages/mine/mine.js), not a response field: fill in its value, or remove it from the outputSchema in mcp.json.
        user: null
      },
      handoff: { query: '' }
    }
  } catch (err) {
    console.error('[ai-mode] getUserProfile failed', err)
    return { isError: true, content: [{ type: 'text', text: '"view user profile" returned no result: ' + errorText(err) + '. Tell the user it is not available right now and may be tried later; never make up a result.' }] }
  }
}

module.exports = getUserProfile
