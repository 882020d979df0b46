import { Box } from '@atlaskit/primitives/compiled/box';
import { Text } from '@atlaskit/primitives/compiled/text';
import type { FullContext } from '@forge/bridge';
import { Component, lazy, Suspense, type ComponentType, type LazyExoticComponent, type ReactNode } from 'react';
import { stringsReady, t } from '../shared/i18n';
import { Loading } from '../shared/ui/Loading';
import { loadSurface } from './load-surface';
import { surfaceOf, type Surface } from './surfaces';

const loaded = new Map<Surface, LazyExoticComponent<ComponentType>>();

/**
 * The surface's component; its code starts loading the first time it is asked for, and it renders
 * once the viewer's locale's tables of the areas that code registers have arrived.
 */
function lazySurface(surface: Surface): LazyExoticComponent<ComponentType> {
  let component = loaded.get(surface);
  if (!component) {
    component = lazy(() =>
      loadSurface(surface).then(async (module) => {
        await stringsReady();
        return module;
      }),
    );
    loaded.set(surface, component);
  }
  return component;
}

/**
 * The app in one frame: the surface the frame's module shows (shell/surfaces.ts), loaded on
 * demand, with a spinner while its code arrives and a sentence if it cannot.
 */
export function Shell({ context }: { context: FullContext | undefined }) {
  const surface = surfaceOf(context);
  if (!surface) return <Quiet text={t('common.unknownModule')} />;
  const Surface = lazySurface(surface);
  return (
    <SurfaceBoundary>
      <Suspense fallback={<Loading />}>
        <Surface />
      </Suspense>
    </SurfaceBoundary>
  );
}

function Quiet({ text }: { text: string }) {
  return (
    <Box padding="space.100" testId="shell-message">
      <Text color="color.text.subtle">{text}</Text>
    </Box>
  );
}

/** Turns a surface whose code could not be loaded (or that failed to render) into a sentence. */
class SurfaceBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render() {
    return this.state.failed ? <Quiet text={t('common.error.loadFailed')} /> : this.props.children;
  }
}
