import { startBrowserEnvironment } from './environment';

// `npm run harness`: the harness for a person to click through; stops on Ctrl-C.
startBrowserEnvironment().then((environment) => {
  // The history ends in the past: relative ranges ("last 6 hours") would find nothing, so the links fix the range.
  const to = environment.end * 1000;
  const range = `from=${to - 6 * 3600 * 1000}&to=${to}`;
  console.log(`Prometheus ${environment.prometheusUrl}, history until ${new Date(to).toISOString()}. Open:`);
  for (const page of ['home', 'business', 'what-changed', 'partners', 'partners/sportowo', 'alerts']) {
    console.log(`  ${environment.url}/a/shoppulse-observability-app/${page}?${range}`);
  }
  const stop = () => environment.stop().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
});
