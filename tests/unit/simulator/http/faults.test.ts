import { describe, expect, it } from 'vitest';
import { RestFaults } from '../../../../main/simulator/http';

describe('RestFaults', () => {
  it('applies a counted fault to the next N requests of its route only', () => {
    const faults = new RestFaults();
    faults.add({ route: 'message/create', kind: '5xx', count: 2, status: 500 });
    expect(faults.next('user/me').serverError).toBeNull();
    expect(faults.next('message/create').serverError).toBe(500);
    expect(faults.next('message/create').serverError).toBe(500);
    expect(faults.next('message/create').serverError).toBeNull();
    expect(faults.list()).toEqual([]);
  });

  it('lets the first refusing fault decide and adds up slow faults', () => {
    const faults = new RestFaults();
    faults.add({ route: '*', kind: 'slow', ms: 30 });
    faults.add({ route: 'a', kind: 'slow', ms: 20, count: 1 });
    faults.add({ route: 'a', kind: '429', count: 1, ms: 700 });
    faults.add({ route: 'a', kind: '5xx', count: 1 });
    expect(faults.next('a')).toEqual({ delayMs: 50, tooMany: { resetMs: 700 }, serverError: null });
    expect(faults.next('a')).toEqual({ delayMs: 30, tooMany: null, serverError: 503 });
    expect(faults.next('a')).toEqual({ delayMs: 30, tooMany: null, serverError: null });
    faults.clear();
    expect(faults.next('a').delayMs).toBe(0);
  });
});
