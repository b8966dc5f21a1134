// [ai-mode:static] API logout: logout
// Drafted by autoskill from the mini-program's code (pages/mine/mine.js:23); resolve every question marked [to confirm] before release.

const { errorText } = require('../utils/result')

async function logout(args = {}) {
  try {
    // [ai-mode:static] pages/mine/mine.js:28 wx.removeStorage token
    wx.removeStorageSync('token')

    return {
      content: [{ type: 'text', text: '"logout" is done (only data on this device changed). Tell the user.' }],
      handoff: { query: '' }
    }
  } catch (err) {
    console.error('[ai-mode] logout failed', err)
    return { isError: true, content: [{ type: 'text', text: '"logout" was not completed: ' + errorText(err) + '. Tell the user it did not succeed; do not retry on your own, to avoid submitting twice.' }] }
  }
}

module.exports = logout
