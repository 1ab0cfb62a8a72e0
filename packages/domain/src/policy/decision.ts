/**
 * A policy answer. A refusal carries a message key (translated by the server) and its
 * parameters, so the user reads why, e.g. "您只能访问本区的数据".
 */
export type Decision = { allowed: true } | { allowed: false; status: 401 | 403 | 409; reason: string; params?: Record<string, string> };

export const ALLOW: Decision = { allowed: true };

export function deny(reason: string, params?: Record<string, string>): Decision {
  return { allowed: false, status: 403, reason, ...(params ? { params } : {}) };
}

/** The actor may act on the resource, but not in its current state (an illegal transition). */
export function wrongState(reason: string, params?: Record<string, string>): Decision {
  return { allowed: false, status: 409, reason, ...(params ? { params } : {}) };
}

export const UNAUTHENTICATED: Decision = { allowed: false, status: 401, reason: 'auth.required' };

/** The first refusal wins; all allowed means allowed. */
export function allOf(...decisions: Decision[]): Decision {
  return decisions.find((decision) => !decision.allowed) ?? ALLOW;
}
