export * from './types';
export * from './recorded';
export * from './kpis';
export * from './risks';
export * from './sections';
