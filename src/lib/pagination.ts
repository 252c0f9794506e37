/** Splitting a list into numbered pages for topic archives. */

/** One page of a paginated list (pages numbered from 1). */
export interface PageSlice<T> {
  items: T[];
  page: number;
  totalPages: number;
}

/**
 * Cuts `items` into pages of `pageSize`. An empty list still yields one empty
 * page, so every topic has a first page. Throws on a page size below 1.
 */
export function paginate<T>(items: readonly T[], pageSize: number): PageSlice<T>[] {
  if (!Number.isInteger(pageSize) || pageSize < 1)
    throw new RangeError(`pageSize must be a whole number ≥ 1, got ${pageSize}`);
  const totalPages = Math.max(1, Math.ceil(items.length / pageSize));
  return Array.from({ length: totalPages }, (_, index) => ({
    items: items.slice(index * pageSize, (index + 1) * pageSize),
    page: index + 1,
    totalPages,
  }));
}
