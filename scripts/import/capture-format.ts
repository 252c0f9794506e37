/**
 * Which parser a decoded capture needs: HTML (a saved page or a fragment) or plain text.
 */
const HTML_TAG = /<(?:!doctype\s+html|html|head|body|article|main|p|h1|div|section|meta|title)[\s>/]/i;

/** True when the text is an HTML document or fragment rather than a plain-text capture. */
export function isHtmlCapture(text: string): boolean {
  const start = text.trimStart();
  return start.startsWith('<') && HTML_TAG.test(start.slice(0, 100_000));
}
