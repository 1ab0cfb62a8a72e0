import { certificateNumberProblem, LEVEL_LABELS, type Level } from '@jiping/domain';
import type { PublicCertificateView } from '@jiping/contracts';
import type { z } from 'zod';
import { detectLang, text, type Lang, type TextKey } from './text.ts';
import './verify.css';

/**
 * The public verification page, `/verify/<number>?d=<digest>`: what a phone opens from a
 * certificate's QR code. Plain DOM and one stylesheet, so it loads fast on a slow network; it
 * reads the same public API as everyone else.
 */
type Certificate = z.infer<typeof PublicCertificateView>;
interface Problem {
  detail?: string;
  title?: string;
}

const root = document.getElementById('verify')!;
const search = new URLSearchParams(location.search);
let lang: Lang = detectLang(search, navigator.language);
const t = (key: TextKey, params?: Record<string, string>) => text(lang, key, params);

function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> & { dataset?: Record<string, string> } = {},
  ...children: Array<Node | string | null | false>
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  const { dataset, ...rest } = props;
  Object.assign(element, rest);
  if (dataset) Object.assign(element.dataset, dataset);
  for (const child of children) if (child !== null && child !== false) element.append(child);
  return element;
}

/** A scanner types the whole QR content: take the number (and digest) out of a verification address. */
export function readTyped(value: string): { number: string; digest: string | null } {
  const trimmed = value.trim();
  const match = /\/verify\/([A-Za-z0-9]+)(?:\?([^#\s]*))?/.exec(trimmed);
  if (match) return { number: match[1]!.toUpperCase(), digest: new URLSearchParams(match[2] ?? '').get('d') };
  return { number: trimmed.replace(/\s+/g, '').toUpperCase(), digest: null };
}

function numberFromPath(): string {
  const match = /^\/verify\/([^/?#]+)/.exec(location.pathname);
  return match ? decodeURIComponent(match[1]!).trim().toUpperCase() : '';
}

async function fetchJson<T>(url: string, init?: RequestInit): Promise<{ ok: true; value: T } | { ok: false; message: string }> {
  try {
    const response = await fetch(url, { ...init, headers: { 'accept-language': lang, ...(init?.headers ?? {}) } });
    const body = (await response.json()) as T & Problem;
    if (!response.ok) return { ok: false, message: body.detail ?? body.title ?? String(response.status) };
    return { ok: true, value: body };
  } catch {
    return { ok: false, message: t('failed') };
  }
}

function header() {
  const toggle = h('button', { type: 'button', className: 'link', textContent: t('lang') });
  toggle.addEventListener('click', () => {
    lang = lang === 'zh-CN' ? 'en-US' : 'zh-CN';
    document.documentElement.lang = lang;
    render();
  });
  return h('header', {}, h('h1', { textContent: t('title') }), h('p', { className: 'muted', textContent: t('subtitle') }), toggle);
}

function lookupForm(number: string) {
  const numberInput = h('input', { id: 'number', name: 'number', value: number, autocomplete: 'off', spellcheck: false, inputMode: 'text', maxLength: 300, required: true });
  numberInput.setAttribute('aria-describedby', 'number-hint');
  const nameInput = h('input', { id: 'name', name: 'name', autocomplete: 'off', maxLength: 50 });
  const error = h('p', { className: 'error', role: 'alert' });
  const form = h(
    'form',
    { className: 'card', noValidate: true },
    h('label', { htmlFor: 'number', textContent: t('numberLabel') }),
    numberInput,
    h('p', { id: 'number-hint', className: 'hint', textContent: t('numberHint') }),
    h('label', { htmlFor: 'name', textContent: t('nameLabel') }),
    nameInput,
    error,
    h('button', { type: 'submit', className: 'primary', textContent: t('check') }),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const typed = readTyped(numberInput.value);
    // The rule is checked here too, so a mistyped number is explained without a round trip.
    const problem = certificateNumberProblem(typed.number);
    if (problem) {
      // The same reason the server would give, without the round trip.
      error.textContent = t(`problem.${problem}`);
      numberInput.setAttribute('aria-invalid', 'true');
      numberInput.focus();
      return;
    }
    const params = new URLSearchParams();
    if (typed.digest) params.set('d', typed.digest);
    if (search.get('lang')) params.set('lang', search.get('lang')!);
    history.pushState(null, '', `/verify/${typed.number}${params.size ? `?${params}` : ''}`);
    void show(typed.number, typed.digest, nameInput.value.trim());
  });
  return form;
}

function row(label: string, value: string) {
  return h('div', { className: 'row' }, h('dt', { textContent: label }), h('dd', { textContent: value }));
}

function statusBlock(certificate: Certificate) {
  const notes: Array<HTMLElement> = [];
  if (certificate.status === 'valid') notes.push(h('p', { textContent: t('validNote') }));
  if (certificate.status === 'revoked') {
    notes.push(h('p', { textContent: t('revokedNote', { date: certificate.revokedOn ?? '', by: certificate.revokedBy === 'city' ? t('revokedByCity') : t('revokedByIssuer') }) }));
    if (certificate.revocationReason) notes.push(h('p', { className: 'reason', textContent: t('revokedReason', { reason: certificate.revocationReason }) }));
  }
  if (certificate.status === 'replaced' && certificate.replacedBy) {
    const link = h('a', { href: `/verify/${certificate.replacedBy}`, textContent: certificate.replacedBy });
    notes.push(h('p', {}, t('replacedNote', { number: '' }).replace(/\s*$/, ''), ' ', link));
  }
  return h('section', { className: `status ${certificate.status}`, dataset: { status: certificate.status } }, h('p', { className: 'badge', textContent: t(certificate.status) }), ...notes);
}

function nameCheck(certificate: Certificate, digest: string | null) {
  if (certificate.nameMatches) return h('p', { className: 'ok', textContent: `✓ ${t('nameMatches')}` });
  const input = h('input', { id: 'confirm-name', autocomplete: 'off', maxLength: 50, placeholder: t('nameMasked') });
  input.setAttribute('aria-label', t('nameLabel'));
  const form = h('form', { className: 'inline' }, input, h('button', { type: 'submit', textContent: t('confirmName') }));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (input.value.trim()) void show(certificate.number, digest, input.value.trim());
  });
  return h('div', {}, certificate.nameMatches === false ? h('p', { className: 'warn', role: 'alert', textContent: t('nameMismatch') }) : null, form);
}

function certificateCard(certificate: Certificate, digest: string | null) {
  const level = LEVEL_LABELS[certificate.level as Level]?.[lang] ?? String(certificate.level);
  return h(
    'article',
    { className: 'card' },
    statusBlock(certificate),
    certificate.digestMatches === false ? h('p', { className: 'danger', role: 'alert', textContent: t('digestBad') }) : null,
    certificate.digestMatches === true ? h('p', { className: 'ok', textContent: `✓ ${t('digestOk')}` }) : null,
    h(
      'dl',
      {},
      row(t('holder'), certificate.holderName),
      row(t('occupation'), certificate.workType ? `${certificate.occupationName}（${certificate.workType}）` : certificate.occupationName),
      row(t('level'), level),
      row(t('number'), certificate.number),
      row(t('institution'), certificate.institutionName),
      row(t('issueDate'), certificate.issueDate),
    ),
    certificate.replaces ? h('p', { className: 'muted' }, t('replacesNote', { number: certificate.replaces })) : null,
    nameCheck(certificate, digest),
  );
}

function credentialForm() {
  const area = h('textarea', { id: 'credential', rows: 4, spellcheck: false });
  area.setAttribute('aria-label', t('credentialTitle'));
  const file = h('input', { type: 'file', accept: '.json,.jwt,.txt,application/json' });
  const result = h('div', { className: 'credential-result', role: 'status' });
  file.addEventListener('change', async () => {
    const chosen = file.files?.[0];
    if (chosen) area.value = await chosen.text();
  });
  const form = h(
    'form',
    { className: 'card' },
    h('h2', { textContent: t('credentialTitle') }),
    h('p', { className: 'hint', textContent: t('credentialHint') }),
    area,
    h('label', { className: 'file' }, t('credentialFile'), file),
    h('button', { type: 'submit', textContent: t('credentialCheck') }),
    result,
    h('p', { className: 'hint', textContent: t('offline') }),
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (!area.value.trim()) return;
    result.textContent = t('checking');
    const answer = await fetchJson<{ verdict: string; message: string; certificate: Certificate | null }>('/api/v1/public/credentials/verify', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: area.value.trim() }),
    });
    result.replaceChildren();
    if (!answer.ok) {
      result.append(h('p', { className: 'error', textContent: answer.message }));
      return;
    }
    result.dataset.verdict = answer.value.verdict;
    result.append(h('p', { className: answer.value.verdict === 'valid' ? 'ok' : 'danger', textContent: answer.value.message }));
    if (answer.value.certificate) result.append(certificateCard(answer.value.certificate, null));
  });
  return form;
}

let current: { number: string; digest: string | null; name: string } = { number: '', digest: null, name: '' };

async function show(number: string, digest: string | null, name: string) {
  current = { number, digest, name };
  const slot = h('div', { className: 'result', role: 'status', textContent: t('checking') });
  root.replaceChildren(header(), slot);
  const params = new URLSearchParams();
  if (digest) params.set('d', digest);
  if (name) params.set('name', name);
  const answer = await fetchJson<Certificate>(`/api/v1/public/certificates/${encodeURIComponent(number)}${params.size ? `?${params}` : ''}`);
  if (current.number !== number || current.name !== name) return;
  slot.replaceChildren();
  if (answer.ok) slot.append(certificateCard(answer.value, digest));
  else {
    const retry = h('button', { type: 'button', textContent: t('retry') });
    retry.addEventListener('click', () => void show(number, digest, name));
    slot.append(h('p', { className: 'error', role: 'alert', textContent: answer.message }), retry);
  }
  const again = h('a', { href: '/verify', textContent: t('another'), className: 'link' });
  root.append(again, credentialForm());
}

function render() {
  document.title = `${t('title')} · 技评`;
  const number = numberFromPath();
  if (number) void show(number, search.get('d'), current.number === number ? current.name : '');
  else root.replaceChildren(header(), lookupForm(''), credentialForm());
}

window.addEventListener('popstate', () => render());
render();
