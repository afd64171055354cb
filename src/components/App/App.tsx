import React from 'react';
import { SceneApp, useSceneApp } from '@grafana/scenes';
import type { AppRootProps } from '@grafana/data';
import { alertsPage } from '../../pages/Alerts/alertsPage';
import { businessPage } from '../../pages/Business/businessPage';
import { homePage } from '../../pages/Home/homePage';
import { partnersPage } from '../../pages/Partners/partnersPage';
import { whatChangedPage } from '../../pages/WhatChanged/whatChangedPage';
import { type AppSettings, type ResolvedSettings, resolveSettings } from '../../settings';

function createSceneApp(settings: ResolvedSettings): SceneApp {
  return new SceneApp({
    pages: [homePage, businessPage(settings), whatChangedPage(settings), partnersPage(settings), alertsPage(settings)],
    urlSyncOptions: {
      updateUrlOnInit: true,
      createBrowserHistorySteps: true,
    },
  });
}

// useSceneApp caches the app per factory; one factory per saved settings keeps that cache (and URL sync) working.
const factories = new Map<string, () => SceneApp>();

function factoryFor(settings: ResolvedSettings): () => SceneApp {
  const key = JSON.stringify(settings);
  if (!factories.has(key)) {
    factories.set(key, () => createSceneApp(settings));
  }
  return factories.get(key)!;
}

function AppWithScenes({ settings }: { settings: ResolvedSettings }) {
  const scene = useSceneApp(factoryFor(settings));
  return <scene.Component model={scene} />;
}

function App(props: AppRootProps<AppSettings>) {
  return <AppWithScenes settings={resolveSettings(props.meta.jsonData)} />;
}

export default App;
