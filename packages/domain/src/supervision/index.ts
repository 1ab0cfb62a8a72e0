export * from './rfc3797.ts';
export * from './vocabulary.ts';
export * from './draw.ts';
export * from './follow-up.ts';
