// @ts-check
// Bare Astro baseline for `npm run bench`: Astro's defaults (Sätteri, compressHTML
// 'jsx', no integrations) over the same corpus folder and the same env variables as
// Vigie, so the benchmark can give Vigie / bare-Astro ratios.
import { defineConfig } from 'astro/config';

export default defineConfig({
  site: 'https://bare.example/',
  outDir: process.env.VIGIE_OUT_DIR || './dist',
  cacheDir: process.env.VIGIE_CACHE_DIR || './node_modules/.astro',
});
