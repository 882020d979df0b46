/**
 * `new Modal({...}).open()` in a frame: the host page opens the modal; when it closes, the host
 * sends its payload back and the opener's `onClose` runs with it.
 */
import type { ModalRequest } from '../protocol';
import { isCallback, isRecord, stringOr } from '../values';
import { postToHost } from './host-channel';

export class FrameModals {
  private readonly onClose = new Map<string, (payload: unknown) => unknown>();

  open(payload: unknown): boolean {
    const options = isRecord(payload) ? payload : {};
    const id = `modal-${Date.now()}-${Math.random().toString(36).slice(2)}`;
    if (isCallback(options.onClose)) {
      const onClose = options.onClose;
      this.onClose.set(id, (result) => onClose(result));
    }
    const size = options.size;
    const modal: ModalRequest = {
      id,
      resource: typeof options.resource === 'string' ? options.resource : null,
      size:
        typeof size === 'string'
          ? size
          : isRecord(size) && typeof size.width === 'string'
            ? { width: size.width, height: typeof size.height === 'string' ? size.height : undefined }
            : 'medium',
      context: isRecord(options.context) ? options.context : {},
      title: stringOr(options.title, ''),
      closeOnEscape: options.closeOnEscape !== false,
      closeOnOverlayClick: options.closeOnOverlayClick !== false,
    };
    postToHost({ type: 'openModal', modal });
    return true;
  }

  /** The host closed the modal `id`: its opener's `onClose` gets the payload, once. */
  closed(id: string, payload: unknown): void {
    const callback = this.onClose.get(id);
    this.onClose.delete(id);
    if (callback) void callback(payload);
  }
}
