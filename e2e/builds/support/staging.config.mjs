// @ts-check
/**
 * The project's Astro config writing into a staging folder (`VIGIE_STAGING_DIR`) while
 * `VIGIE_OUT_DIR` names the previous published site, as the incremental publishing pipeline
 * will run it: integrations see `dir` = staging and read the previous site from getOutDir().
 */
import config from '../../../astro.config.mjs';

const stagingDir = process.env.VIGIE_STAGING_DIR;
if (!stagingDir) throw new Error('staging.config.mjs needs VIGIE_STAGING_DIR (the folder Astro writes into).');

export default { ...config, outDir: stagingDir };
