export * from './api';
export * from './commands';
export * from './errors';
export * from './events';
export * from './model';
export * from './validation';
export * from './wireCodec';
export * from './workspace';
