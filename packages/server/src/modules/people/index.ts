/**
 * Finding or registering a person by ID number within the look-up limits, the districts that know a person, evidence files
 * and recording a person's profile (the demo seeds):
 * the people module's entry, all that code outside the module may import of it (ARCHITECTURE.md, "Module boundaries").
 */
export { checkIdentity, findOrCreatePerson, identityBlindIndex } from './find-or-create-person.ts';
export { lookUpIdentity, recordImportMismatches, recordLookup } from './identity-lookups.ts';
export { districtsKnowingPerson } from './person-districts.ts';
export { MAX_EVIDENCE_BYTES, checkUpload, foreignEvidence, storeEvidenceFile, type Upload } from './evidence-files.ts';
export { loadPerson } from './person-facts.ts';
export { updateProfile } from './update-profile.ts';
