import { describe, expect, it } from 'vitest';
import { translate } from '../../../shared/i18n';
import { EVENT_COLUMNS } from '../../../renderer/src/components/capture/eventColumns';

describe('inspector column titles in Spanish', () => {
  it('are whole words: an abbreviation like "Sent." reads as English', () => {
    const titles = EVENT_COLUMNS.map((column) => translate('es', column.titleKey));
    expect(titles.filter((title) => title.endsWith('.'))).toEqual([]);
    expect(titles).toContain('Sentido');
  });
});
