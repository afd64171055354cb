// Jest setup provided by Grafana scaffolding; it patches browser globals, so node-environment tests
// (`/** @jest-environment node */`: generators, simulator, integration tests) skip it.
if (typeof window !== 'undefined') {
  require('./.config/jest-setup');
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
global.ResizeObserver = global.ResizeObserver || NoopObserver;
