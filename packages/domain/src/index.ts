export * from './roles.ts';
export * from './locale.ts';
export * from './institutions.ts';
export * from './levels.ts';
export * from './districts.ts';
export * from './credit-code.ts';
export * from './menus.ts';
export * from './policy/index.ts';
