import { maintenanceProblems } from '../../catalog/maintenance';
import {
  EMPTY_MAINTENANCE_ROW,
  type MaintenanceRow,
  maintenanceRowErrors,
  maintenanceRowsOf,
  rowsAreValid,
  windowOf,
  windowsOf,
} from './maintenanceRows';

const UPGRADE: MaintenanceRow = {
  partner: 'sportowo',
  deployment: '',
  from: '2026-11-24T02:00:00Z',
  to: '2026-11-24T04:00:00Z',
  reason: 'database upgrade',
};
const errorsOf = (change: Partial<MaintenanceRow>) => maintenanceRowErrors([{ ...UPGRADE, ...change }])[0];

describe('maintenance rows', () => {
  it('saves a window trimmed, without the scope left empty', () => {
    expect(windowOf({ ...UPGRADE, partner: ' sportowo ', deployment: '  ', reason: ' database upgrade ' })).toEqual({
      partner: 'sportowo',
      from: '2026-11-24T02:00:00Z',
      to: '2026-11-24T04:00:00Z',
      reason: 'database upgrade',
    });
  });

  it('reads saved windows back into the rows they were saved from', () => {
    const windows = [
      windowOf(UPGRADE),
      { deployment: 'dep-b', from: '2026-11-25T02:00:00Z', to: '2026-11-25T03:00:00Z', reason: 'network' },
    ];
    expect(windowsOf(maintenanceRowsOf(windows))).toEqual(windows);
  });

  it('finds nothing wrong with a complete window', () => {
    expect(maintenanceRowErrors([UPGRADE])).toEqual([{}]);
    expect(rowsAreValid(maintenanceRowErrors([UPGRADE]))).toBe(true);
  });

  it('asks for a partner or a deployment at both fields, and takes either', () => {
    expect(errorsOf({ partner: ' ' })).toEqual({
      partner: 'maintenanceScopeMissing',
      deployment: 'maintenanceScopeMissing',
    });
    expect(errorsOf({ partner: '', deployment: 'dep-b' })).toEqual({});
    expect(errorsOf({ deployment: 'dep-b' })).toEqual({});
  });

  it('names the field whose instant is missing or not a UTC one', () => {
    expect(errorsOf({ from: '' })).toEqual({ from: 'maintenanceInstantMissing' });
    // Local time, no seconds, an offset instead of Z, a day that does not exist.
    for (const from of ['2026-11-24 02:00', '2026-11-24T02:00Z', '2026-11-24T03:00:00+01:00', '2026-02-30T02:00:00Z']) {
      expect(errorsOf({ from })).toEqual({ from: 'maintenanceBadInstant' });
    }
    expect(errorsOf({ to: '24.11.2026 04:00' })).toEqual({ to: 'maintenanceBadInstant' });
  });

  it('wants the end after the start, by a minute or more', () => {
    expect(errorsOf({ to: UPGRADE.from })).toEqual({ to: 'maintenanceEndsBeforeStart' });
    expect(errorsOf({ to: '2026-11-24T01:00:00Z' })).toEqual({ to: 'maintenanceEndsBeforeStart' });
    expect(errorsOf({ to: '2026-11-24T02:00:59Z' })).toEqual({ to: 'maintenanceTooShort' });
    expect(errorsOf({ to: '2026-11-24T02:01:00Z' })).toEqual({});
  });

  it('asks for a reason', () => {
    expect(errorsOf({ reason: '  ' })).toEqual({ reason: 'maintenanceReasonMissing' });
  });

  it('has an error for every field of a new row, and judges each row alone', () => {
    const errors = maintenanceRowErrors([UPGRADE, EMPTY_MAINTENANCE_ROW]);
    expect(errors[0]).toEqual({});
    expect(Object.keys(errors[1]).sort()).toEqual(['deployment', 'from', 'partner', 'reason', 'to']);
    expect(rowsAreValid(errors)).toBe(false);
  });

  it('accepts exactly the windows the rule file’s generator accepts', () => {
    const rows: MaintenanceRow[] = [
      UPGRADE,
      EMPTY_MAINTENANCE_ROW,
      { ...UPGRADE, partner: '', deployment: ' dep-a ' },
      { ...UPGRADE, to: '2026-11-24T02:00:30Z' },
      { ...UPGRADE, to: '2026-11-24T01:00:00Z' },
      { ...UPGRADE, from: '2026-11-24T2:00:00Z' },
      { ...UPGRADE, reason: '' },
    ];
    const accepted = rows.map((row) => maintenanceProblems([windowOf(row)]).length === 0);
    expect(maintenanceRowErrors(rows).map((errors) => rowsAreValid([errors]))).toEqual(accepted);
  });
});
