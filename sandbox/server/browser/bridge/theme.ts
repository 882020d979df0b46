/**
 * The frame's colour mode: the one the page had when the frame loaded, then whatever the host's
 * theme toggle says. Applied to the frame's document only once the app calls `view.theme.enable()`.
 */
import { THEME_ATTRIBUTE, type ColorMode } from '../protocol';

export class FrameTheme {
  private enabled = false;
  private mode: ColorMode;

  constructor(initial: ColorMode) {
    this.mode = initial;
  }

  get colorMode(): ColorMode {
    return this.mode;
  }

  /** `view.theme.enable()`: from now on the frame's document follows the mode. */
  enable(): void {
    this.enabled = true;
    this.apply();
  }

  /** The host page switched modes. */
  changed(mode: ColorMode): void {
    this.mode = mode;
    if (this.enabled) this.apply();
  }

  private apply(): void {
    const root = document.documentElement;
    root.setAttribute('data-theme', THEME_ATTRIBUTE);
    root.setAttribute('data-color-mode', this.mode);
    root.style.colorScheme = this.mode;
  }
}
