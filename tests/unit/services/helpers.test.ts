import { describe, expect, it } from 'vitest';
import { normalizeApiBase, profileIdFor } from '../../../main/services/AppContext';
import { EventRate } from '../../../main/services/EventRate';
import { sortParams } from '../../../main/services/impl/MembersService';

describe('member sort → guild/user-list params', () => {
  it('maps each sort onto joined_at / active_time with 1 = descending', () => {
    expect(sortParams('joined-desc')).toEqual({ joined_at: 1 });
    expect(sortParams('joined-asc')).toEqual({ joined_at: 0 });
    expect(sortParams('active-desc')).toEqual({ active_time: 1 });
    expect(sortParams('active-asc')).toEqual({ active_time: 0 });
    expect(sortParams(undefined)).toEqual({});
  });
});

describe('profiles', () => {
  it('accepts an origin or an API base as base URL', () => {
    expect(normalizeApiBase('http://127.0.0.1:8765')).toBe('http://127.0.0.1:8765/api/v3');
    expect(normalizeApiBase('http://127.0.0.1:8765/api/v3/')).toBe('http://127.0.0.1:8765/api/v3');
  });
  it('gives the same bot on another host another profile id', () => {
    expect(profileIdFor('42', null)).toBe('bot-42');
    expect(profileIdFor('42', 'http://127.0.0.1:1/api/v3')).not.toBe(profileIdFor('42', 'http://127.0.0.1:2/api/v3'));
  });
});

describe('EventRate', () => {
  it('averages events per second over its sliding window and forgets old seconds', () => {
    let now = 10_000;
    const rate = new EventRate(5, () => now);
    rate.add(50);
    now += 1000;
    rate.add(50);
    expect(rate.perSecond()).toBe(20);
    now += 10_000;
    expect(rate.perSecond()).toBe(0);
  });
});
