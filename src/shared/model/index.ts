export * from './types';
export * from './ids';
export * from './operations';
export * from './validate';
export * from './selection';
export * from './history';
export * from './state';
