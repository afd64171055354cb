import { bundleAnnotate } from './annotate/bundle';

// Runs after webpack in `npm run build`, so the command ships in dist/ and with it in the release zip.
bundleAnnotate('dist/bin/shoppulse-annotate.js').catch(() => {
  // esbuild has already printed the errors.
  process.exitCode = 1;
});
