// Jest setup provided by Grafana scaffolding; it patches browser globals, so node-environment tests
// (`/** @jest-environment node */`: generators, simulator, integration tests) skip it.
if (typeof window !== 'undefined') {
  require('./.config/jest-setup');
  // findBy*/waitFor give up after 1 s by default, which a scene's first render can take on a busy machine; the
  // test's own budget (SCENE_TEST_TIMEOUT_MS) still bounds them.
  require('@testing-library/react').configure({ asyncUtilTimeout: 5000 });
}

// Scenes measures panels with these observers, which jsdom lacks.
class NoopObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
  takeRecords() {
    return [];
  }
}
global.IntersectionObserver = global.IntersectionObserver || NoopObserver;
// React 19's scheduler and Grafana 13's @grafana/ui use these, which jsdom lacks.
if (typeof window !== 'undefined') {
  global.MessageChannel = global.MessageChannel || require('node:worker_threads').MessageChannel;
  URL.canParse =
    URL.canParse ||
    ((url, base) => {
      try {
        return Boolean(new URL(url, base));
      } catch {
        return false;
      }
    });
}
global.ResizeObserver = global.ResizeObserver || NoopObserver;
