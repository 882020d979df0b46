/**
 * The Custom UI bridge of the sandbox, served as `iframe-bridge.js` and run inside every app frame
 * before the app's bundle. `@forge/bridge` reads `globalThis.__bridge.callBridge` when it loads and
 * sends every API call through it by name; this script answers those calls the way Jira's host
 * does: resolver calls and product requests go to the sandbox server as the signed-in user, view
 * calls (submit, close, flags, navigation, modals, events) go to the host page by postMessage.
 *
 * The server bundles it into one classic script (browser-assets.ts) and serves it after a script
 * that sets `globalThis.__forgeSandboxFrame` (a FrameConfig). This entry wires the modules beside it.
 */
import { BRIDGE_CALLS, type BridgeCallName } from '../../../runtime/forge-wire';
import type { FrameConfig } from '../protocol';
import { bridgeCalls } from './calls';
import { FrameEvents } from './events';
import { reportFrameSize } from './frame-size';
import { FrameHistory } from './history';
import { listenToHost } from './host-channel';
import { FrameModals } from './modals';
import { FrameTheme } from './theme';

type BridgeCall = (name: string, payload?: unknown) => Promise<unknown>;

declare global {
  var __forgeSandboxFrame: FrameConfig | undefined;
  /** What @forge/bridge looks up when it loads (runtime/forge-wire.ts: BRIDGE_GLOBAL). */
  var __bridge: { callBridge: BridgeCall } | undefined;
}

const isBridgeCall = (name: string): name is BridgeCallName => BRIDGE_CALLS.some((known) => known === name);

function installBridge(config: FrameConfig): void {
  const theme = new FrameTheme(config.context.theme.colorMode);
  const events = new FrameEvents();
  const modals = new FrameModals();
  const history = new FrameHistory(config.historyPath);

  listenToHost((message) => {
    if (message.type === 'theme') theme.changed(message.colorMode);
    else if (message.type === 'event') events.deliver(message.event, message.payload);
    else if (message.type === 'modalClosed') modals.closed(message.id, message.payload);
  });
  reportFrameSize();

  const calls = bridgeCalls(config, { theme, events, modals, history });
  globalThis.__bridge = {
    callBridge: async (name: string, payload?: unknown) => {
      if (!isBridgeCall(name)) throw new Error(`'${name}' is not available in the Forge sandbox.`);
      return calls[name](payload);
    },
  };
}

const frameConfig = globalThis.__forgeSandboxFrame;
if (frameConfig) installBridge(frameConfig);
