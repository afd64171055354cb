import React from 'react';
import { fireEvent, render, screen } from '@testing-library/react';
import type { AppPluginMeta, PluginConfigPageProps } from '@grafana/data';
import type { AppSettings } from '../settings';
import { testIds } from '../testIds';
import AppConfig from '../components/AppConfig/AppConfig';

/** The configuration page as Grafana mounts it, enabled and pinned, with `jsonData` saved. */
export function renderConfig(jsonData: AppSettings = {}) {
  const props = {
    plugin: { meta: { id: 'shoppulse-observability-app', enabled: true, pinned: true, jsonData } },
  } as unknown as PluginConfigPageProps<AppPluginMeta<AppSettings>>;
  return render(<AppConfig {...props} />);
}

/** Grafana's Combobox sizes its menu by measuring text on a canvas, which jsdom has none of. */
export function measureTextOnCanvas() {
  HTMLCanvasElement.prototype.getContext = (() => ({ measureText: () => ({ width: 0 }) })) as never;
}

/** Clicks the rule file's download button and gives the file it would save, as text. */
export async function downloadedRules(): Promise<string> {
  const files: Blob[] = [];
  URL.createObjectURL = jest.fn((file: Blob) => {
    files.push(file);
    return 'blob:rules';
  });
  URL.revokeObjectURL = jest.fn();
  jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
  fireEvent.click(screen.getByTestId(testIds.appConfig.downloadRules));
  return new Promise<string>((done) => {
    const reader = new FileReader();
    reader.onload = () => done(String(reader.result));
    reader.readAsText(files[0]);
  });
}
