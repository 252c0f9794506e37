import type { Root } from 'hast';
import { getAttribute, getElements, getPosition } from './html.ts';
import type { Finding } from './report.ts';

/**
 * Every `<img>` has an `alt` attribute: text, or `alt=""` for a deliberately decorative image.
 * Whitespace-only alt is neither and fails (screen readers announce nothing useful, nor skip it cleanly).
 */
export function checkImageAlt(tree: Root): Finding[] {
  const findings: Finding[] = [];
  for (const img of getElements(tree, 'img')) {
    const alt = getAttribute(img, 'alt');
    const src = getAttribute(img, 'src') ?? '(no src)';
    if (alt === undefined) findings.push({ message: `<img src="${src}"> has no alt attribute`, ...getPosition(img) });
    else if (alt !== '' && alt.trim() === '') {
      findings.push({
        message: `<img src="${src}"> has a whitespace-only alt (write text, or alt="" if decorative)`,
        ...getPosition(img),
      });
    }
  }
  return findings;
}
