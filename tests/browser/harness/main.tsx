import { type AppPlugin, type AppPluginMeta, type DataSourceInstanceSettings, ThemeContext } from '@grafana/data';
import { LocationServiceProvider, config, locationService } from '@grafana/runtime';
import { GlobalStyles } from '@grafana/ui';
import React, { useLayoutEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Route, Router, Routes } from 'react-router-dom';
import { installGrafanaStandIns } from './grafana';
import { PageHeaderStandIn } from './PageHeader';
import { PanelGallery } from './PanelGallery';

const PLUGIN_ID = 'shoppulse-observability-app';

// As in Grafana: the router follows the history that locationService (and so Scenes' URL sync) writes to.
function HarnessRouter({ children }: { children: React.ReactNode }) {
  const history = locationService.getHistory();
  const [location, setLocation] = useState(history.location);
  useLayoutEffect(() => history.listen((next: typeof location) => setLocation(next)), [history]);
  return (
    <LocationServiceProvider service={locationService}>
      <Router location={location} navigator={history}>
        {children}
      </Router>
    </LocationServiceProvider>
  );
}

function Harness({ plugin }: { plugin: AppPlugin }) {
  const Root = plugin.root!;
  const ConfigPage = plugin.configPages![0].body;
  const meta = plugin.meta;
  return (
    <ThemeContext.Provider value={config.theme2}>
      <GlobalStyles />
      <HarnessRouter>
        <Routes>
          <Route
            path={`/a/${PLUGIN_ID}/*`}
            element={
              <Root meta={meta} basename={`/a/${PLUGIN_ID}`} onNavChanged={() => undefined} query={{}} path="" />
            }
          />
          <Route path="/harness/panels" element={<PanelGallery />} />
          <Route
            path={`/plugins/${PLUGIN_ID}`}
            element={
              <PageHeaderStandIn pageNav={{ text: `${meta.name}: configuration` }}>
                <ConfigPage plugin={plugin} query={{}} />
              </PageHeaderStandIn>
            }
          />
        </Routes>
      </HarnessRouter>
    </ThemeContext.Provider>
  );
}

async function start() {
  const datasources = Object.values(config.datasources) as DataSourceInstanceSettings[];
  installGrafanaStandIns(datasources);
  // Grafana loads an app's module once its services run, then hands it the settings it stores for the app.
  const [{ plugin }, meta] = await Promise.all([
    import('../../../src/module'),
    fetch(`/api/plugins/${PLUGIN_ID}/settings`).then((response) => response.json() as Promise<AppPluginMeta>),
  ]);
  plugin.init(meta);
  plugin.meta = meta;
  createRoot(document.getElementById('root')!).render(<Harness plugin={plugin as unknown as AppPlugin} />);
}

start();
