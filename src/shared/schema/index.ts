export * from './types';
export * from './validate';
export * from './lookup';
export { frConflictNews } from './fr-conflict-news';
export * from './library';
export * from './palette';
