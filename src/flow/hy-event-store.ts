import type { Interpreter } from './interpreter.js';
import { UNDEF, alternatives, constString, join, native, obj, unknown, type CallSite, type ObjValue, type Value } from './values.js';

/**
 * `hy-event-store`, modelled (known-libraries.ts): a small state store widely
 * used in mini-programs, installed from npm and often absent from the
 * repository (DevTools builds `miniprogram_npm`). A store module holds the
 * requests:
 *
 *   const cartStore = new HYEventStore({
 *     state: { cartList: [] },
 *     actions: { async fetchCartAction(ctx) { ctx.cartList = await getCartList() } },
 *   })
 *
 * and pages call them by name: `cartStore.dispatch('fetchCartAction')`.
 * `dispatch(name, ...args)` calls `actions[name]` with the store as `this` and
 * `(state, ...args)`, returning what it returns; `onState(key, cb)` calls `cb`
 * at once with `state[key]` (`this` is the state), `onStates(keys, cb)` with
 * an object of those keys; `setState(key, v)` writes the state. `HYEventBus`
 * passes events between pages: what a listener does belongs to the page that
 * registered it, so `emit` runs nothing here.
 * https://www.npmjs.com/package/hy-event-store
 */
export function hyEventStoreModel(ip: Interpreter): ObjValue {
  const call = (f: Value, args: Value[], thisVal: Value, site: CallSite): Value => {
    const results: Value[] = [];
    for (const alt of alternatives(f)) if (alt.t === 'fn' || alt.t === 'native') results.push(ip.callValue(alt, args, thisVal, site.node, [], site.file));
    return results.length ? join(...results) : UNDEF;
  };
  const store = (args: Value[], site: CallSite): ObjValue => {
    const options = args[0] ?? UNDEF;
    const state = options.t === 'obj' ? ip.getProp(options, 'state', site.node, site.file) : unknown('state');
    const actions = options.t === 'obj' ? ip.getProp(options, 'actions', site.node, site.file) : UNDEF;
    const read = (key: Value): Value => {
      const k = constString(key);
      return k !== null && state.t === 'obj' ? ip.getProp(state, k, site.node, site.file) : unknown(k ?? 'state');
    };
    const self: ObjValue = obj([
      ['state', state],
      ['actions', actions.t === 'obj' ? actions : obj()],
    ]);
    self.props.set(
      'dispatch',
      native('dispatch', (a, _this, at) => {
        // An action named by a value that is not known calls any of them.
        const names = alternatives(a[0] ?? UNDEF);
        const fns: Value[] = [];
        if (actions.t === 'obj') {
          for (const n of names) {
            if (n.t === 'str') fns.push(actions.props.get(n.v) ?? UNDEF);
            else fns.push(...actions.props.values());
          }
        }
        return call(join(...fns, UNDEF), [state, ...a.slice(1)], self, at);
      }),
    );
    self.props.set(
      'onState',
      native('onState', (a, _this, at) => {
        call(a[1] ?? UNDEF, [read(a[0] ?? UNDEF)], state, at);
        return UNDEF;
      }),
    );
    self.props.set(
      'onStates',
      native('onStates', (a, _this, at) => {
        const keys = a[0]?.t === 'arr' ? a[0].items : [];
        const value = obj(keys.flatMap((k) => (k.t === 'str' ? [[k.v, read(k)] as [string, Value]] : [])));
        call(a[1] ?? UNDEF, [value], state, at);
        return UNDEF;
      }),
    );
    self.props.set(
      'setState',
      native('setState', (a) => {
        const k = constString(a[0] ?? UNDEF);
        if (k !== null && state.t === 'obj') ip.setProp(state, k, a[1] ?? UNDEF);
        return UNDEF;
      }),
    );
    for (const name of ['offState', 'offStates']) self.props.set(name, native(name, () => UNDEF));
    return self;
  };
  const bus = (): ObjValue => {
    const self = obj();
    for (const name of ['on', 'once', 'emit', 'off', 'clear']) self.props.set(name, native(`HYEventBus.${name}`, () => self));
    return self;
  };
  return obj(
    [
      ['HYEventStore', native('HYEventStore', (args, _this, site) => store(args, site))],
      ['HYEventBus', native('HYEventBus', () => bus())],
    ],
    'module',
  );
}
