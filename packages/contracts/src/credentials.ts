import { z } from 'zod';
import { IdParams } from './common.ts';
import { endpoint } from './endpoint.ts';

/** An institution's credential signing key as its administrators see it: never the private part. */
export const SigningKeyView = z.object({
  kid: z.string(),
  activatedAt: z.string(),
  retiredAt: z.string().nullable(),
  /** The key signing new credentials now (one per institution). */
  active: z.boolean(),
});

export const SigningKeyList = z.object({ items: z.array(SigningKeyView) });

/** A public Ed25519 key as published (RFC 7517 / RFC 8037). */
export const PublicJwk = z.object({ kty: z.literal('OKP'), crv: z.literal('Ed25519'), x: z.string(), kid: z.string(), alg: z.literal('EdDSA'), use: z.literal('sig') });

/** The city's root keys: the one thing a verifier trusts from the outset. */
export const CityJwks = z.object({ keys: z.array(PublicJwk) });

/** An institution's keys, with the city's endorsement of each (compact JWS). */
export const InstitutionJwks = z.object({ keys: z.array(PublicJwk), endorsements: z.array(z.string()) });

/** A did:web DID document: its keys as JsonWebKey verification methods. */
export const DidDocument = z.object({
  '@context': z.array(z.string()),
  id: z.string(),
  verificationMethod: z.array(z.object({ id: z.string(), type: z.literal('JsonWebKey'), controller: z.string(), publicKeyJwk: PublicJwk })),
  assertionMethod: z.array(z.string()),
});

export const credentialEndpoints = {
  signingKeys: endpoint({ method: 'GET', url: '/api/v1/institutions/:id/signing-keys', params: IdParams, response: SigningKeyList }),
  rotateSigningKey: endpoint({ method: 'POST', url: '/api/v1/institutions/:id/signing-keys/rotation', params: IdParams, response: SigningKeyList }),
  cityJwks: endpoint({ method: 'GET', url: '/api/v1/public/city/jwks.json', response: CityJwks }),
  cityDid: endpoint({ method: 'GET', url: '/api/v1/public/city/did.json', response: DidDocument }),
  institutionJwks: endpoint({ method: 'GET', url: '/api/v1/public/institutions/:id/jwks.json', params: IdParams, response: InstitutionJwks }),
  institutionDid: endpoint({ method: 'GET', url: '/api/v1/public/institutions/:id/did.json', params: IdParams, response: DidDocument }),
} as const;

/** The institution's Bitstring status list credential, a compact JWS served as `application/vc+jwt`. */
export const credentialDownloads = {
  statusList: { url: '/api/v1/public/status-lists/:id' },
} as const;
