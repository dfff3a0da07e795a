import { describe, expect, it } from 'vitest';
import { compareGroups, heatMapMatrix } from '../../../../renderer/src/views/overview/heat-map-matrix';
import { app, finding, permission } from './scan-factory';

const pay = app('com.pay', {
  score: 90,
  permissions: [
    permission('ACCESS_FINE_LOCATION', 'LOCATION'),
    permission('ACCESS_COARSE_LOCATION', 'LOCATION'),
    permission('READ_CONTACTS', 'CONTACTS'),
    permission('CAMERA', 'CAMERA'),
    permission('RECORD_AUDIO', 'MICROPHONE', false),
  ],
  findings: [
    finding({ subjectName: 'READ_CONTACTS', group: 'CONTACTS' }),
    finding({ kind: 'background-location', subjectName: 'ACCESS_FINE_LOCATION' }),
    // A finding on a permission that is not granted does not colour a cell.
    finding({ subjectName: 'RECORD_AUDIO' }),
  ],
});
const maps = app('com.maps', { score: 40, permissions: [permission('ACCESS_FINE_LOCATION', 'LOCATION')] });
const launcher = app('com.android.launcher', {
  isSystem: true,
  score: 0,
  permissions: [permission('READ_CONTACTS', 'CONTACTS')],
});
const updatedSystem = app('com.vendor.browser', {
  isSystem: true,
  isUpdatedSystem: true,
  score: 10,
  permissions: [permission('SEND_SMS', 'SMS')],
});
const nothing = app('com.calc', { score: 0, permissions: [permission('CAMERA', 'CAMERA', false)] });

describe('heatMapMatrix', () => {
  it('counts granted runtime permissions per group and marks the excess ones', () => {
    const matrix = heatMapMatrix([maps, pay, nothing]);
    expect(matrix.groups).toEqual(['LOCATION', 'CAMERA', 'CONTACTS']);
    expect(matrix.rows.map((row) => row.packageName)).toEqual(['com.pay', 'com.maps']);
    expect(matrix.rows[0]?.cells).toEqual([
      { group: 'LOCATION', granted: 2, excess: true },
      { group: 'CAMERA', granted: 1, excess: false },
      { group: 'CONTACTS', granted: 1, excess: true },
    ]);
    expect(matrix.rows[0]?.excessGroups).toBe(2);
    expect(matrix.rows[1]?.cells).toEqual([
      { group: 'LOCATION', granted: 1, excess: false },
      { group: 'CAMERA', granted: 0, excess: false },
      { group: 'CONTACTS', granted: 0, excess: false },
    ]);
    expect(matrix.totals).toEqual([
      { group: 'LOCATION', granted: 2, excess: 1 },
      { group: 'CAMERA', granted: 1, excess: 0 },
      { group: 'CONTACTS', granted: 1, excess: 1 },
    ]);
  });

  it('leaves platform components out unless asked, but keeps updated system apps', () => {
    expect(heatMapMatrix([launcher, updatedSystem]).rows.map((row) => row.packageName)).toEqual([
      'com.vendor.browser',
    ]);
    expect(
      heatMapMatrix([launcher, updatedSystem], { includeSystem: true }).rows.map((row) => row.packageName),
    ).toEqual(['com.vendor.browser', 'com.android.launcher']);
  });

  it('keeps the riskiest rows up to the limit and reports the full count', () => {
    const matrix = heatMapMatrix([maps, pay, updatedSystem], { limit: 2 });
    expect(matrix.rows.map((row) => row.packageName)).toEqual(['com.pay', 'com.maps']);
    expect(matrix.totalRows).toBe(3);
    // Totals describe every row, not only the shown ones.
    expect(matrix.totals.find((total) => total.group === 'SMS')).toEqual({
      group: 'SMS',
      granted: 1,
      excess: 0,
    });
  });

  it('orders groups by sensitivity, unknown ones last and alphabetically', () => {
    expect(['ZETA', 'SMS', 'ALPHA', 'LOCATION'].sort(compareGroups)).toEqual([
      'LOCATION',
      'SMS',
      'ALPHA',
      'ZETA',
    ]);
  });

  it('is empty for no apps', () => {
    expect(heatMapMatrix([])).toEqual({ groups: [], rows: [], totalRows: 0, totals: [] });
  });
});
