/**
 * Verifiable credentials of certificates: what other modules, jobs and the command line use.
 * Certificate issuance calls `sealCredentials` after each chunk it issues; the holder's download
 * serves `credentialBundle`; the public verification page calls `verifyCredentialText`.
 */
export { sealCredentials, sealPendingCredentials } from './seal-credentials.ts';
export { credentialBundle, BUNDLE_FORMAT, type CredentialBundle } from './credential-bundle.ts';
export { verifyCredentialText, credentialOfText } from './verify-credential-text.ts';
export { currentStatusList } from './status-list.ts';
export { verifyCredential, VERDICTS, VERDICT_TEXT, type Verdict, type VerificationResult, type Jwks } from './vc/verify.ts';
export { jwksUrlOfDid, cityJwksUrl } from './vc/addresses.ts';
export { credentialRoutes } from './routes.ts';
