/** File paths as build messages show them. */
import { isAbsolute, relative } from 'node:path';

/** `path` relative to the working directory when inside it, else absolute. */
export function toDisplayPath(path: string): string {
  const inside = relative(process.cwd(), path);
  return inside && !inside.startsWith('..') && !isAbsolute(inside) ? inside : path;
}
