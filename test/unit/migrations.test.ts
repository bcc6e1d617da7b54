import { describe, expect, it } from 'vitest';
import { migrate } from '../../shared/migrations';
import { AppError } from '../../shared/errors';

// The steps are passed in, so the mechanism is tested before the first real step exists.
const steps = {
  1: (s: Record<string, unknown>) => ({ ...s, groups: [] }),
  2: (s: Record<string, unknown>) => {
    const { title, ...rest } = s;
    return { ...rest, name: title };
  },
};

function codeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    return (error as AppError).code;
  }
  return 'no error';
}

describe('migrate', () => {
  it('runs every numbered step from the file version up to the current one', () => {
    expect(migrate({ schemaVersion: 1, title: 'Oud' }, steps, 3)).toEqual({
      schemaVersion: 3,
      groups: [],
      name: 'Oud',
    });
    expect(migrate({ schemaVersion: 2, title: 'Minder oud' }, steps, 3)).toEqual({
      schemaVersion: 3,
      name: 'Minder oud',
    });
  });

  it('leaves a current file as it is', () => {
    const current = { schemaVersion: 3, name: 'Nu' };
    expect(migrate(current, steps, 3)).toEqual(current);
  });

  it('refuses a newer version with its own code, and junk as an invalid import', () => {
    expect(codeOf(() => migrate({ schemaVersion: 4 }, steps, 3))).toBe('newerVersion');
    expect(codeOf(() => migrate({ schemaVersion: '1' }, steps, 3))).toBe('invalidImport');
    expect(codeOf(() => migrate([], steps, 3))).toBe('invalidImport');
    expect(codeOf(() => migrate(null, steps, 3))).toBe('invalidImport');
    expect(codeOf(() => migrate({ schemaVersion: 1 }, {}, 3))).toBe('invalidImport');
  });
});
