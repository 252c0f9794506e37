/**
 * Figures read from an `astro build` log (Astro 7.3 wording): how long content
 * sync and page generation took and how many pages were rendered or reused.
 */

/** Phase figures of one build; seconds as Astro prints them (wall time). */
export interface BuildLogFigures {
  /** `[types] Generated …`: content sync and type generation. */
  syncSeconds: number | null;
  /** `✓ Completed in …` after `generating static routes`: rendering every page. */
  generateSeconds: number | null;
  /** `N page(s) built in …`. */
  pagesBuilt: number | null;
  /** Paths reused by the incremental build: `(cached)` (kept in place) or `(restored)` (copied back). */
  reusedPaths: number;
  /** Paths rendered (one log line per path) minus the reused ones. */
  renderedPaths: number;
}

// Colours are off in benchmark builds, but logs from elsewhere may have them.
const ANSI = /\u001b\[[0-9;]*m/g;

// Astro prints « 812ms », « 5.84s », « 1m » or, past a minute, « 2m 25s ».
const DURATION = String.raw`(\d+(?:\.\d+)?)(ms|s|m)\b(?: (\d+(?:\.\d+)?)s\b)?`;

function seconds(value: string, unit: string, extraSeconds: string | undefined): number {
  const main = unit === 'ms' ? Number(value) / 1000 : unit === 'm' ? Number(value) * 60 : Number(value);
  return main + (extraSeconds === undefined ? 0 : Number(extraSeconds));
}

/** Extracts {@link BuildLogFigures} from the text of a build log. */
export function parseBuildLog(log: string): BuildLogFigures {
  const text = log.replace(ANSI, '');
  const sync = new RegExp(`\\[types\\] Generated ${DURATION}`).exec(text);
  const routesAt = text.indexOf('generating static routes');
  const generate = routesAt === -1 ? null : new RegExp(`✓ Completed in ${DURATION}`).exec(text.slice(routesAt));
  const pages = /(\d+) page\(s\) built in/.exec(text);
  const pathLines = text.split('\n').filter((line) => /\s├─ \S/.test(line));
  const reusedPaths = pathLines.filter((line) => /\((?:cached|restored)\)\s*$/.test(line)).length;
  return {
    syncSeconds: sync ? seconds(sync[1]!, sync[2]!, sync[3]) : null,
    generateSeconds: generate ? seconds(generate[1]!, generate[2]!, generate[3]) : null,
    pagesBuilt: pages ? Number(pages[1]) : null,
    reusedPaths,
    renderedPaths: pathLines.length - reusedPaths,
  };
}

/**
 * The last phase line (`HH:MM:SS [tag] message`, page lines excluded) logged at or
 * before `clock` (`HH:MM:SS`, same time zone as the log), e.g. to tell in which phase
 * the memory peak happened. Returns null when no line is that early. Builds that run
 * across midnight are not handled.
 */
export function findPhaseAt(log: string, clock: string): string | null {
  let phase: string | null = null;
  for (const line of log.replace(ANSI, '').split('\n')) {
    const match = /^(\d{2}:\d{2}:\d{2}) (\[[^\]]+\] .*|✓ .*)$/.exec(line.trim());
    if (!match) continue;
    if (match[1]! > clock) break;
    phase = match[2]!.trim();
  }
  return phase;
}
