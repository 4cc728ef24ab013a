export * from './types';
export * from './ids';
export * from './operations';
export * from './validate';
