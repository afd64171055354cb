export * from './compare';
export * from './fetchMetricNames';
