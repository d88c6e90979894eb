// Spies on the CEL library: expressions compile once per definition, and limits apply before parsing.
import * as cel from '@bufbuild/cel';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { checkFormula, formulaIndicator } from './index.js';
import { condition, teaGardens, withConditions } from './test-support/tea-gardens.js';

vi.mock('@bufbuild/cel', async (importOriginal) => {
  const original = await importOriginal<typeof cel>();
  return { ...original, parse: vi.fn(original.parse), plan: vi.fn(original.plan) };
});

beforeEach(() => {
  vi.mocked(cel.parse).mockClear();
  vi.mocked(cel.plan).mockClear();
});

describe('compilation', () => {
  it('happens when the indicator is built, never when it evaluates', () => {
    const indicator = formulaIndicator(teaGardens());
    // Three expressions: two passes formulas and one margin.
    expect(vi.mocked(cel.parse)).toHaveBeenCalledTimes(3);
    expect(vi.mocked(cel.plan)).toHaveBeenCalledTimes(3);
    for (let i = 0; i < 50; i += 1)
      indicator.evaluate({ teaArea: 100 + i, households: 10 }, { minTeaArea: 100 });
    expect(vi.mocked(cel.parse)).toHaveBeenCalledTimes(3);
    expect(vi.mocked(cel.plan)).toHaveBeenCalledTimes(3);
  });

  it('is not attempted for an expression over the limits', () => {
    expect(checkFormula(withConditions([condition('1 == 1 && '.repeat(60))])).ok).toBe(false);
    expect(checkFormula(withConditions([condition(`${'('.repeat(21)}true${')'.repeat(21)}`)])).ok).toBe(
      false,
    );
    expect(vi.mocked(cel.parse)).not.toHaveBeenCalled();
  });
});
