import React from 'react';
import { SceneApp, type SceneAppPage, useSceneApp } from '@grafana/scenes';
import type { AppRootProps } from '@grafana/data';
import { PAGES, type PageId } from '../../catalog';
import { alertsPage } from '../../pages/Alerts/alertsPage';
import { businessPage } from '../../pages/Business/businessPage';
import { homePage } from '../../pages/Home/homePage';
import { partnersPage } from '../../pages/Partners/partnersPage';
import { whatChangedPage } from '../../pages/WhatChanged/whatChangedPage';
import { type AppSettings, type ResolvedSettings, resolveSettings } from '../../settings';

/** The implementation of each page of the registry; the registry gives their order. */
const PAGE_FACTORIES: Record<PageId, (settings: ResolvedSettings) => SceneAppPage> = {
  home: homePage,
  business: businessPage,
  'what-changed': whatChangedPage,
  partners: partnersPage,
  alerts: alertsPage,
};

function createSceneApp(settings: ResolvedSettings): SceneApp {
  return new SceneApp({
    pages: PAGES.map((page) => PAGE_FACTORIES[page.id](settings)),
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
