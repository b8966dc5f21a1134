import type { AnalysisModel } from '../../../src/model/types.js';
import { cloudDb, cloudFunction, field, form, handler, jsapi, model, navigate, o, page, payment, query, resetLines, storage, trigger } from './build.js';

/**
 * 羽毛球馆预约 — a badminton court booking app on WeChat cloud development:
 * venues from a cloud function, slots per date, a booking form in a
 * subpackage that creates the booking and pays, "my bookings" read straight
 * from the cloud database (no response fields known), a profile page that
 * logs in through the `login` cloud function, and an "about" page with no
 * code at all. app.json has no `lazyCodeLoading`.
 */
export function bookingModel(): AnalysisModel {
  resetLines();
  const index = 'pages/index/index.js';
  const venue = 'pages/venue/detail.js';
  const confirm = 'packageBooking/confirm/confirm.js';
  const list = 'packageBooking/list/list.js';
  const user = 'pages/user/user.js';

  return model({ appid: 'wx0b1c2d3e4f5a6b7c', lazyCodeLoading: null, miniprogramRoot: 'miniprogram/' }, [
    page('pages/index/index', {
      title: '羽毛球馆预约',
      tab: true,
      dataKeys: ['city', 'venues'],
      handlers: [
        handler('onLoad', index, {
          effects: [
            cloudDb('banners', 'get', { file: index }),
            cloudFunction('getVenues', { file: index, dataKeys: ['city'], inputs: { city: o('data', 'city') }, responseKeys: ['venues', 'venues._id', 'venues.name', 'venues.minPrice'] }),
          ],
          setData: ['banners', 'venues'],
        }),
        handler('onCityChange', index, {
          triggers: [trigger('pages/index/index.wxml', 'picker', null, [], { event: 'change', binding: 'bindchange' })],
          inputs: [{ name: 'value', from: 'detail' }],
          effects: [cloudFunction('getVenues', { file: index, dataKeys: ['city'], inputs: { city: o('detail', 'value') }, responseKeys: ['venues'] })],
          setData: ['city', 'venues'],
        }),
        handler('toVenue', index, {
          triggers: [trigger('pages/index/index.wxml', 'view', null, ['id'])],
          effects: [navigate('navigateTo', 'pages/venue/detail', ['venueId'], index)],
        }),
      ],
    }),
    page('pages/venue/detail', {
      title: '场馆详情',
      query: ['venueId'],
      dataKeys: ['date', 'slots', 'venue'],
      handlers: [
        handler('onLoad', venue, {
          inputs: [{ name: 'venueId', from: 'query' }],
          effects: [
            cloudDb('venues', 'get', { file: venue, inputs: { venueId: o('query', 'venueId') } }),
            cloudFunction('getSlots', { file: venue, dataKeys: ['date', 'venueId'], inputs: { date: o('data', 'date'), venueId: o('query', 'venueId') }, responseKeys: ['slots', 'slots._id', 'slots.price', 'slots.remain'] }),
          ],
          setData: ['venue', 'slots'],
        }),
        handler('onPickDate', venue, {
          triggers: [trigger('pages/venue/detail.wxml', 'view', '{{item.label}}', ['date'])],
          inputs: [{ name: 'date', from: 'dataset' }],
          effects: [cloudFunction('getSlots', { file: venue, dataKeys: ['date', 'venueId'], inputs: { date: o('dataset', 'date'), venueId: o('query', 'venueId') }, responseKeys: ['slots'] })],
          setData: ['date', 'slots'],
        }),
        handler('onCollect', venue, {
          triggers: [trigger('pages/venue/detail.wxml', 'view', '收藏')],
          effects: [storage('get', 'openid', venue), cloudDb('favorites', 'add', { file: venue, dataKeys: ['venueId'], inputs: { venueId: o('query', 'venueId') } })],
        }),
        handler('onBook', venue, {
          triggers: [trigger('pages/venue/detail.wxml', 'button', '立即预约', ['slotId'])],
          effects: [navigate('navigateTo', 'packageBooking/confirm/confirm', ['slotId', 'venueId'], venue)],
        }),
        handler('onCall', venue, {
          triggers: [trigger('pages/venue/detail.wxml', 'view', '联系场馆')],
          effects: [jsapi('wx.makePhoneCall', 'card-side', venue)],
        }),
      ],
    }),
    page('packageBooking/confirm/confirm', {
      title: '确认预约',
      subpackage: 'packageBooking',
      query: ['slotId', 'venueId'],
      forms: [form('onSubmit', [field('name', 'input', 'text'), field('phone', 'input', 'number'), field('people', 'slider'), field('remark', 'textarea')], 'packageBooking/confirm/confirm.wxml')],
      handlers: [
        handler('onLoad', confirm, {
          effects: [cloudFunction('getSlotDetail', { file: confirm, dataKeys: ['slotId'], inputs: { slotId: o('query', 'slotId') }, responseKeys: ['date', 'endTime', 'price', 'startTime', 'venueName'] })],
          setData: ['slot'],
        }),
        handler('onSubmit', confirm, {
          triggers: [trigger('packageBooking/confirm/confirm.wxml', 'form', null, [], { event: 'submit', binding: 'bindsubmit' })],
          inputs: [
            { name: 'name', from: 'form' },
            { name: 'phone', from: 'form' },
            { name: 'people', from: 'form' },
            { name: 'remark', from: 'form' },
          ],
          effects: [
            jsapi('wx.requestSubscribeMessage', 'api-side', confirm),
            cloudFunction('createBooking', {
              file: confirm,
              dataKeys: ['name', 'people', 'phone', 'remark', 'slotId', 'venueId'],
              inputs: { name: o('form', 'name'), people: o('form', 'people'), phone: o('form', 'phone'), remark: o('form', 'remark'), slotId: o('query', 'slotId'), venueId: o('query', 'venueId') },
              responseKeys: ['bookingId', 'payment'],
            }),
            payment(confirm),
            navigate('redirectTo', 'packageBooking/list/list', [], confirm),
          ],
        }),
      ],
    }),
    page('packageBooking/list/list', {
      title: '我的预约',
      subpackage: 'packageBooking',
      handlers: [
        handler('onShow', list, { effects: [storage('get', 'openid', list), cloudDb('bookings', 'get', { file: list })], setData: ['bookings'] }),
        handler('onCancel', list, {
          triggers: [trigger('packageBooking/list/list.wxml', 'button', '取消预约', ['id'])],
          inputs: [{ name: 'id', from: 'dataset' }],
          effects: [jsapi('wx.showModal', 'not-migratable', list), cloudFunction('cancelBooking', { file: list, dataKeys: ['bookingId'], inputs: { bookingId: o('dataset', 'id') }, responseKeys: ['ok'] })],
        }),
      ],
    }),
    page('pages/user/user', {
      tab: true,
      handlers: [
        handler('onLoad', user, { effects: [cloudFunction('login', { file: user, responseKeys: ['openid'] }), storage('set', 'openid', user)], setData: ['openid'] }),
        handler('goBookings', user, {
          triggers: [trigger('pages/user/user.wxml', 'view', '我的预约')],
          effects: [navigate('navigateTo', 'packageBooking/list/list', [], user)],
        }),
        handler('goAbout', user, {
          triggers: [trigger('pages/user/user.wxml', 'view', '关于我们')],
          effects: [navigate('navigateTo', 'pages/about/about', [], user)],
        }),
      ],
    }),
    page('pages/about/about'),
  ]);
}
