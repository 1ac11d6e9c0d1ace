/** The debate room's pure logic: import from here rather than from the individual modules. */
export * from './sides';
export * from './phases';
export * from './posting';
export * from './clock';
export * from './evidence';
export * from './stance';
export * from './metrics';
export * from './pseudonyms';
export * from './escape';
export * from './transcript';
export * from './reactions';
export * from './limits';
export type * from './views';
export * from './suggest';
