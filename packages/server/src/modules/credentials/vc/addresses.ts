/**
 * Where credentials point (docs/domain.md "Verifiable credentials"). Identifiers are did:web DIDs
 * under the public API, so a DID resolves by the did:web rule to a document this server serves:
 * `did:web:<host>:api:v1:public:institutions:<id>` → `<publicUrl>/api/v1/public/institutions/<id>/did.json`.
 */
function didWeb(publicUrl: string, segments: string[]): string {
  const url = new URL(publicUrl);
  // did:web percent-encodes the port's colon; a path below the host becomes colon-separated segments.
  const path = url.pathname.split('/').filter(Boolean);
  return ['did', 'web', encodeURIComponent(url.host), ...path, ...segments].join(':');
}

const base = (publicUrl: string) => publicUrl.replace(/\/+$/, '');

export const cityDid = (publicUrl: string) => didWeb(publicUrl, ['api', 'v1', 'public', 'city']);
export const institutionDid = (publicUrl: string, institutionId: string) => didWeb(publicUrl, ['api', 'v1', 'public', 'institutions', institutionId]);
export const statusListUrl = (publicUrl: string, institutionId: string) => `${base(publicUrl)}/api/v1/public/status-lists/${institutionId}`;
export const institutionJwksUrl = (publicUrl: string, institutionId: string) => `${base(publicUrl)}/api/v1/public/institutions/${institutionId}/jwks.json`;
export const cityJwksUrl = (publicUrl: string) => `${base(publicUrl)}/api/v1/public/city/jwks.json`;
export const verifyPageUrl = (publicUrl: string, certificateNumber: string) => `${base(publicUrl)}/verify/${certificateNumber}`;

/** The JWKS address of the institution a did:web issuer names (for a bare JWS verified online), or null for any other DID. */
export function jwksUrlOfDid(did: string): string | null {
  const parts = did.split(':');
  if (parts[0] !== 'did' || parts[1] !== 'web' || parts.length < 3) return null;
  const host = decodeURIComponent(parts[2]!);
  const scheme = /^(localhost|127\.0\.0\.1)(:\d+)?$/.test(host) ? 'http' : 'https';
  return `${scheme}://${host}/${parts.slice(3).map(decodeURIComponent).join('/')}/jwks.json`;
}
