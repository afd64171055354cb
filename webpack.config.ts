import CopyWebpackPlugin from 'copy-webpack-plugin';
import type { Configuration } from 'webpack';
import { merge } from 'webpack-merge';
import grafanaConfig, { type Env } from './.config/webpack/webpack.config';

// The scaffold copies the app's own logos; each nested panel's logo is copied beside its plugin.json here.
const config = async (env: Env): Promise<Configuration> =>
  merge(await grafanaConfig(env), {
    plugins: [new CopyWebpackPlugin({ patterns: [{ from: 'panels/*/img/*', to: '[path][name][ext]' }] })],
  });

export default config;
