/** Review: alignment of annotators' sets, agreement measures, automatic adjudication. */
export * from './adjudicate';
export * from './agreement';
export * from './align';
export * from './coding';
export * from './corpus';
export * from './items';
export * from './match';
export * from './prf';
export * from './report';
export * from './spans';
export * from './token-labels';
export * from './unitizing';
