import React from 'react';
import { of } from 'rxjs';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { render, screen } from '@testing-library/react';
import { type AppRootProps, FieldType, LoadingState, toDataFrame } from '@grafana/data';
import { LocationServiceProvider, locationService } from '@grafana/runtime';
import App from '../../components/App/App';
import { PLUGIN_BASE_URL } from '../../constants';
import type { AppSettings } from '../../settings';
import { testIds } from '../../testIds';
import { SCENE_TEST_TIMEOUT_MS, type PromRequest, fakeGrafanaRuntime } from '../../testing/sceneTesting';
import { partnerUrl } from '../../urls';
import { KNOWN_PARTNERS } from './queries';

/** Prometheus knows sportowo; every other query answers 0.97. */
function answer(request: PromRequest) {
  const series = request.targets.map((target) =>
    toDataFrame({
      refId: target.refId,
      fields: [
        { name: 'Time', type: FieldType.time, values: [request.range.to.valueOf()] },
        {
          name: 'Value',
          type: FieldType.number,
          values: [0.97],
          labels: target.refId === KNOWN_PARTNERS ? { tenant: 'sportowo' } : {},
        },
      ],
    })
  );
  return of({ state: LoadingState.Done, series, timeRange: request.range });
}

// Renders whole pages: see SCENE_TEST_TIMEOUT_MS.
jest.setTimeout(SCENE_TEST_TIMEOUT_MS);
beforeAll(() => fakeGrafanaRuntime(answer));

describe('the partner page in the app', () => {
  it('opens at its URL without React Router asking for a trailing /* on its route', async () => {
    const warn = jest.spyOn(console, 'warn');
    const error = jest.spyOn(console, 'error');
    const props = { meta: { jsonData: { datasourceUid: 'prom' } } } as unknown as AppRootProps<AppSettings>;
    locationService.push(partnerUrl('sportowo'));
    // As Grafana does: the app's root page mounted under its base URL, the app's own routes relative to it.
    render(
      <LocationServiceProvider service={locationService}>
        <MemoryRouter initialEntries={[partnerUrl('sportowo')]}>
          <Routes>
            <Route path={`${PLUGIN_BASE_URL}/*`} element={<App {...props} />} />
          </Routes>
        </MemoryRouter>
      </LocationServiceProvider>
    );
    expect(await screen.findByTestId(testIds.partners.burnRates)).toBeInTheDocument();
    const said = [...warn.mock.calls, ...error.mock.calls].map((call) => call.join(' '));
    expect(said.filter((message) => message.includes('descendant <Routes>'))).toEqual([]);
  });
});
