export * from './relations.ts';
export * from './relation-fields.ts';
export * from './working-age.ts';
export * from './profile.ts';
export * from './admission.ts';
export * from './evidence.ts';
