import { describe, expect, it } from 'vitest';
import { estimate, tanksComparison } from '../../claims/testing/comparisons';
import type { Estimate } from '../../claims/types';
import { dense, intel, killed, named, party } from '../testing/dense-comparison';
import { chooseRows, FIRST_ROWS, orderByImportance } from './row-choice';

const ids = (estimates: Estimate[]) => estimates.map((e) => e.claimantId);

describe('chooseRows', () => {
  it('puts the other party, the newest independent count, intelligence estimate and model first', () => {
    const { own } = chooseRows(dense());
    expect(own.metric).toBe('personnel_killed');
    expect(ids(own.first)).toEqual(['ru-mod', 'mediazona', 'csis', 'economist-meta', 'nato']);
    // The rest, newest first.
    expect(ids(own.rest)).toEqual(['bbc-russian', 'uk-mod']);
    expect(own.first).toHaveLength(FIRST_ROWS);
  });

  it('puts the cited claimant before everything', () => {
    const comparison = dense();
    comparison.query.claimant = 'uk-mod';
    comparison.estimates = comparison.estimates.map((e) =>
      e.claimantId === 'uk-mod' ? { ...e, cited: true } : e,
    );
    const { own } = chooseRows(comparison);
    expect(ids(own.first)).toEqual(['uk-mod', 'ru-mod', 'mediazona', 'csis', 'economist-meta']);
  });

  it('never mixes measures: killed and wounded together form a group of their own', () => {
    const { own, others } = chooseRows(dense());
    expect(own.first.concat(own.rest).every((e) => e.metric === 'personnel_killed')).toBe(true);
    expect(others).toHaveLength(1);
    expect(others[0]?.metric).toBe('personnel_casualties');
    // The party first, then the newest intelligence estimates; nothing held back in a group
    // that the reader opened on purpose.
    expect(ids(others[0]?.first ?? [])).toEqual(['ua-general-staff', 'csis', 'nato', 'uk-mod']);
    expect(others[0]?.rest).toEqual([]);
  });

  it('shows every row when there are five or fewer, cited first', () => {
    const seed = [
      estimate({ claimantId: 'oryx', claimantName: 'Oryx', cited: false, ...named }),
      estimate(),
    ];
    const { own, others } = chooseRows({ query: tanksComparison().query, estimates: seed });
    expect(ids(own.first)).toEqual(['ua-general-staff', 'oryx']);
    expect(own.rest).toEqual([]);
    expect(others).toEqual([]);
  });

  it('takes the measure a settled reading chose as the figure’s own', () => {
    const comparison = dense();
    comparison.reading = {
      kind: 'settled',
      metric: 'personnel_casualties',
      claimantId: 'ua-general-staff',
      claimantName: 'General Staff of Ukraine',
      date: '2026-08-22',
    };
    const { own, others } = chooseRows(comparison);
    expect(own.metric).toBe('personnel_casualties');
    expect(others.map((g) => g.metric)).toEqual(['personnel_killed']);
  });

  it('keeps one row per claimant among the first, its newest', () => {
    const older = killed({
      claimantId: 'nato',
      claimantName: 'NATO officials',
      ...intel,
      date: '2025-01-01',
    });
    const newer = killed({
      claimantId: 'nato',
      claimantName: 'NATO officials',
      ...intel,
      date: '2026-01-01',
    });
    const other = killed({
      claimantId: 'uk-mod',
      claimantName: 'UK MoD',
      ...party,
      date: '2024-01-01',
    });
    expect(orderByImportance([older, other, newer])).toEqual([other, newer, older]);
  });

  it('leaves nothing out and repeats nothing', () => {
    const comparison = dense();
    const { own, others } = chooseRows(comparison);
    const all = [own, ...others].flatMap((g) => [...g.first, ...g.rest]);
    expect(all).toHaveLength(comparison.estimates.length);
    expect(new Set(all).size).toBe(comparison.estimates.length);
  });
});
