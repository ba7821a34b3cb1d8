// @vitest-environment happy-dom
import { cleanup, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { tanksComparison } from '../claims/testing/comparisons';
import { summarizeCounts } from './describe';
import { countMessage, formatDate, formatFigure } from './format';
import { CountLine } from './popup/CountLine';
import { dense } from './testing/dense-comparison';
import { I18N, renderWithI18n } from './testing/render';
import { Tooltip } from './tooltip/Tooltip';

afterEach(cleanup);

const ru = I18N.ru;

describe('the Russian interface', () => {
  it.each([
    [1, '1 источник'],
    [2, '2 источника'],
    [4, '4 источника'],
    [5, '5 источников'],
    [11, '11 источников'],
    [21, '21 источник'],
    [22, '22 источника'],
    [0, '0 источников'],
    [1_000, '1\u00a0000 источников'],
  ])('counts %i as “%s” (Intl.PluralRules)', (count, text) => {
    expect(countMessage(ru, 'summarySources', count)).toBe(text);
  });

  it('says disagreements and page counts in their plural forms', () => {
    expect(summarizeCounts(ru, { side: 'russia' }, 3, 1)).toBe(
      'потери России: 3 источника, 1 расхождение',
    );
    expect(summarizeCounts(ru, { side: 'ukraine' }, 25, 12)).toBe(
      'потери Украины: 25 источников, 12 расхождений',
    );
    renderWithI18n(<CountLine listed={21} total={21} />, ru);
    expect(screen.getByText('21 цифра на этой странице')).toBeTruthy();
  });

  it('writes dates and numbers the Russian way', () => {
    expect(formatDate('ru', '2022-04-18')).toBe('18 апр. 2022 г.');
    expect(formatFigure(ru, { value: 20_600, qualifier: 'about' })).toBe('около 20\u00a0600');
    expect(formatFigure(ru, { value: null, low: 30_000, high: 40_000, qualifier: 'up-to' })).toBe(
      'до 30\u00a0000–40\u00a0000',
    );
  });

  it('shows the tooltip in Russian: labels, badges, flags and dates', () => {
    renderWithI18n(<Tooltip id="t" text="790 танков" comparison={tanksComparison()} />, ru);
    expect(
      screen.getByRole('dialog', {
        name: '790 танков · потери России · по состоянию на 18 апр. 2022 г.',
      }),
    ).toBeTruthy();
    expect(screen.getByText(/Статья ссылается на General Staff of Ukraine\./)).toBeTruthy();
    expect(screen.getByText('✓ совпадает')).toBeTruthy();
    expect(screen.getByText('заявление стороны')).toBeTruthy();
    expect(screen.getByText('подтверждено визуально')).toBeTruthy();
    expect(screen.getByText('нижняя граница')).toBeTruthy();
  });

  it('groups a dense figure in Russian, with its counts in plural forms', () => {
    renderWithI18n(<Tooltip id="t" text="погибли" comparison={dense()} />, ru);
    expect(screen.getByRole('button', { name: 'Показать все 7' })).toBeTruthy();
    expect(
      screen.getByRole('button', { name: '4 оценки: погибшие и раненые военные' }),
    ).toBeTruthy();
    expect(
      screen.getByRole('table', {
        name: 'Оценки по показателю «погибшие военные» для той же стороны и даты',
      }),
    ).toBeTruthy();
  });
});
