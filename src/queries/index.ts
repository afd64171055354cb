export * from './escape';
export * from './selector';
export * from './functions';
export * from './business';
export * from './changes';
export * from './businessRisks';
