import { BarGaugeNamePlacement, BarGaugeSizing, VizOrientation } from '@grafana/schema';
import type { SceneFlexItem, VizPanel } from '@grafana/scenes';
import { HEALTH_CHECKS } from '../../catalog/health';
import { CONTRACT_LABELS } from '../../queries/selector';
import { healthPanels } from './healthPanels';

// Grafana's bar gauge draws a name on the line above its bar at this multiple of the font size.
const TITLE_LINE_HEIGHT = 1.5;

describe('the shop health bar gauges', () => {
  const items = healthPanels({ type: 'prometheus', uid: 'prom' }, CONTRACT_LABELS).state.children as SceneFlexItem[];
  const panels = items.map((item) => item.state.body as VizPanel);

  it('draw one bar gauge per health check', () => {
    expect(panels.map((panel) => panel.state.title)).toEqual(HEALTH_CHECKS.map((check) => check.title.en));
  });

  it('give a name like "dep-a fraud_check" the whole width of its bar, and scroll rather than squeeze many rows', () => {
    for (const [i, panel] of panels.entries()) {
      const options = panel.state.options as Record<string, unknown> & { text?: { titleSize?: number } };
      // Left of the bar a name gets at most 40% of the width; Grafana's automatic orientation turns a panel wider
      // than tall into columns, each name as narrow as its column.
      expect(options.orientation).toBe(VizOrientation.Horizontal);
      expect(options.namePlacement).toBe(BarGaugeNamePlacement.Top);
      // A fixed font, and rows that keep room for the name's line and a bar: with many rows the panel scrolls.
      const titleSize = options.text?.titleSize ?? 0;
      expect(titleSize).toBeGreaterThanOrEqual(12);
      expect(options.sizing).toBe(BarGaugeSizing.Manual);
      expect(Number(options.minVizHeight)).toBeGreaterThanOrEqual(titleSize * TITLE_LINE_HEIGHT + 12);
      expect(Number(options.maxVizHeight)).toBeGreaterThanOrEqual(Number(options.minVizHeight));
      // The narrowest panel still holds the demo's longest name at that size (under 7 px a letter).
      expect(Number(items[i].state.minWidth)).toBeGreaterThan('dep-b /var/lib/postgresql'.length * 7);
    }
  });
});
