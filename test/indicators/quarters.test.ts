import { describe, expect, it } from 'vitest';
import { quarterStart, quartersEndingWith } from '../../server/indicators/quarters';
import { yearEarlier } from '../../server/indicators/service';

describe('the trend line\'s quarters', () => {
  it('starts each quarter on its first day', () => {
    expect(['2024-01-01', '2024-03-31', '2024-04-01', '2024-08-15', '2024-12-31'].map(quarterStart))
      .toEqual(['2024-01-01', '2024-01-01', '2024-04-01', '2024-07-01', '2024-10-01']);
  });

  it('gives the 8 whole quarters up to the one containing the date, oldest first', () => {
    expect(quartersEndingWith('2024-02-29')).toEqual([
      { from: '2022-04-01', to: '2022-06-30' }, { from: '2022-07-01', to: '2022-09-30' },
      { from: '2022-10-01', to: '2022-12-31' }, { from: '2023-01-01', to: '2023-03-31' },
      { from: '2023-04-01', to: '2023-06-30' }, { from: '2023-07-01', to: '2023-09-30' },
      { from: '2023-10-01', to: '2023-12-31' }, { from: '2024-01-01', to: '2024-03-31' },
    ]);
  });
});

describe('the same period one year earlier', () => {
  it('shifts P and A back twelve months, 29 February to 28 February', () => {
    expect(yearEarlier({ scopeId: 'ROOT', period: { from: '2024-02-01', to: '2024-02-29' }, asOf: '2024-02-29' }))
      .toEqual({ scopeId: 'ROOT', period: { from: '2023-02-01', to: '2023-02-28' }, asOf: '2023-02-28' });
  });
});
