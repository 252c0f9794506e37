/** True only under `astro dev` (set by the `vigie:dev-server-flag` integration in astro.config.mjs). */
declare const __VIGIE_DEV_SERVER__: boolean;
