/**
 * The frame's line to its host page: messages out (FrameMessage) by postMessage to the parent,
 * and messages in (HostMessage), accepted only from the parent and only in the protocol's shapes.
 */
import { PROTOCOL, type FrameMessage, type HostMessage } from '../protocol';
import { isRecord } from '../values';

export function postToHost(message: FrameMessage): void {
  window.parent.postMessage({ source: PROTOCOL, ...message }, window.location.origin);
}

export function listenToHost(handle: (message: HostMessage) => void): void {
  window.addEventListener('message', (event: MessageEvent<unknown>) => {
    if (event.source !== window.parent || !isRecord(event.data) || event.data.source !== PROTOCOL) return;
    const message = hostMessageOf(event.data);
    if (message) handle(message);
  });
}

function hostMessageOf(data: Record<string, unknown>): HostMessage | undefined {
  if (data.type === 'theme' && (data.colorMode === 'light' || data.colorMode === 'dark')) return { type: 'theme', colorMode: data.colorMode };
  if (data.type === 'event' && typeof data.event === 'string') return { type: 'event', event: data.event, payload: data.payload };
  if (data.type === 'modalClosed' && typeof data.id === 'string') return { type: 'modalClosed', id: data.id, payload: data.payload };
  return undefined;
}
