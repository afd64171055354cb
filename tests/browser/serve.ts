import { startBrowserEnvironment } from './environment';

// `npm run harness`: the harness for a person to click through; stops on Ctrl-C.
startBrowserEnvironment().then((environment) => {
  const at = new Date(environment.end * 1000).toISOString();
  console.log(`ShopPulse in the browser harness: ${environment.url}/a/shoppulse-observability-app/home`);
  console.log(
    `Prometheus: ${environment.prometheusUrl}; the history ends at ${at} (open pages with ?from=…&to=… around it)`
  );
  const stop = () => environment.stop().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
});
