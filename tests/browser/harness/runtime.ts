// @grafana/runtime as the plugin sees it in the harness: unchanged, except for the page header Grafana would draw.
export * from '@grafana/runtime';
export { PageHeaderStandIn as PluginPage } from './PageHeader';
