import { describe, expect, it } from 'vitest';
import { explainLimit } from './limits.ts';

const size = { stories: 100_000, heapLimitMiB: 4144 };

describe('explainLimit', () => {
  it('names the heap limit and the archive size when V8 runs out of memory', () => {
    const message = explainLimit(
      'FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory',
      size,
    );
    expect(message).toContain('4144 MiB');
    expect(message).toContain('100,000 stories');
    expect(message).toContain('VIGIE_BUILD_HEAP_MB=9216');
  });

  it("names V8's string limit when the content store cannot be serialised", () => {
    const message = explainLimit('UnknownFilesystemError: Invalid string length', size);
    expect(message).toContain('512 MiB');
    expect(message).toContain('100,000 stories');
  });

  it('stays silent for any other failure', () => {
    expect(explainLimit('Invalid content (1 problem)', size)).toBeUndefined();
  });
});
