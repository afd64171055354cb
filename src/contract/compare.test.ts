import { METRICS, seriesName } from '../catalog';
import { compareWithContract } from './compare';

describe('compareWithContract', () => {
  it('finds every metric present when the datasource has them all (histograms by their _bucket series)', () => {
    const report = compareWithContract(METRICS.map(seriesName));
    expect(report.areas.every((area) => area.missing.length === 0)).toBe(true);
    expect(report.disabledPages.size).toBe(0);
  });

  it('reports a histogram as missing when only its _count series exists', () => {
    const names = METRICS.map(seriesName).filter((name) => name !== 'nginx_vts_server_request_duration_seconds_bucket');
    const report = compareWithContract([...names, 'nginx_vts_server_request_duration_seconds_count']);
    const gateway = report.areas.find((area) => area.area.id === 'gateway')!;
    expect(gateway.missing.map((m) => m.name)).toEqual(['nginx_vts_server_request_duration_seconds']);
    expect(report.disabledPages.get('partners')).toEqual(['nginx_vts_server_request_duration_seconds']);
    // The Business page's risk strip reads the SLA budget, recorded from that histogram.
    expect(report.disabledPages.get('business')).toEqual(['nginx_vts_server_request_duration_seconds']);
    expect(report.disabledPages.has('home')).toBe(false);
  });

  it('lists the pages each missing metric disables, for an empty datasource', () => {
    const report = compareWithContract(['up', 'node_load1']);
    expect(report.areas.every((area) => area.present.length === 0)).toBe(true);
    expect(report.disabledPages.get('business')).toContain('shop_revenue_pln_total');
    expect(report.disabledPages.get('what-changed')).toContain('shop_build_info');
  });
});
