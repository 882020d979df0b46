/** Stylesheets imported for their side effect; Vite bundles them into the surface's CSS. */
declare module '*.css';
