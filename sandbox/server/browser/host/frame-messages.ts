/**
 * The host side of the app frames' messages (FrameMessage in protocol.ts): checks that a message
 * comes from one of the page's frames, then hands it to the part of the page that answers it.
 */
import { PROTOCOL } from '../protocol';
import { isRecord, text } from '../values';
import { finishFieldEdit } from './field-save';
import { closeFlag, flagOf, showFlag } from './flags';
import { broadcast, frameOf } from './frames';
import { finishGadgetEdit } from './gadgets';
import { closeModal, modalOf, openRequestedModal } from './modals';
import { moveHistory, navigateTo, reloadPage } from './navigation';

export function onFrameMessage(event: MessageEvent<unknown>): void {
  if (event.origin !== window.location.origin || !isRecord(event.data) || event.data.source !== PROTOCOL) return;
  const frame = frameOf(event.source);
  if (!frame) return;
  const data = event.data;
  switch (data.type) {
    case 'resize': {
      const height = typeof data.height === 'number' ? data.height : 0;
      if (height > 0) frame.style.height = `${Math.min(height, 4000)}px`;
      break;
    }
    case 'submit':
    case 'close':
      closeFrame(frame, data.type === 'submit', data.payload);
      break;
    case 'flag': {
      const flag = flagOf(data.flag);
      if (flag) showFlag(flag);
      break;
    }
    case 'closeFlag':
      closeFlag(text(data.id));
      break;
    case 'navigate':
      navigateTo(data.url, data.newTab === true);
      break;
    case 'reload':
    case 'refresh':
      reloadPage();
      break;
    case 'history':
      moveHistory(frame, data.action, data.path);
      break;
    case 'emit':
      broadcast({ type: 'event', event: text(data.event), payload: data.payload });
      break;
    case 'title':
      document.title = text(data.title) || document.title;
      break;
    case 'openModal':
      if (isRecord(data.modal)) openRequestedModal(frame, data.modal);
      break;
    default:
      break;
  }
}

/** `view.submit`/`view.close`: what ends depends on where the frame sits. */
function closeFrame(frame: HTMLIFrameElement, submitted: boolean, payload: unknown): void {
  const modal = modalOf(frame);
  if (modal) closeModal(modal, payload, submitted);
  else if (frame.dataset.role === 'gadget-edit') void finishGadgetEdit(frame, submitted ? payload : undefined);
  else if (frame.dataset.role === 'field-edit') finishFieldEdit(frame, submitted, payload);
}
