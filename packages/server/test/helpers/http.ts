export interface HttpResponse<T = any> {
  status: number;
  headers: Headers;
  body: T;
}

/** A tiny fetch client with a cookie jar, so tests exercise the same cookies a browser would. */
export class HttpClient {
  private cookies = new Map<string, string>();

  constructor(
    readonly baseUrl: string,
    private locale?: string,
  ) {}

  get<T = any>(path: string, headers: Record<string, string> = {}) {
    return this.request<T>('GET', path, undefined, headers);
  }

  post<T = any>(path: string, body?: unknown, headers: Record<string, string> = {}) {
    return this.request<T>('POST', path, body, headers);
  }

  put<T = any>(path: string, body?: unknown, headers: Record<string, string> = {}) {
    return this.request<T>('PUT', path, body, headers);
  }

  patch<T = any>(path: string, body?: unknown, headers: Record<string, string> = {}) {
    return this.request<T>('PATCH', path, body, headers);
  }

  /** A multipart upload of one file in the field `file`, as a browser form sends it. */
  async upload<T = any>(
    path: string,
    fileName: string,
    content: string | Uint8Array,
    fields: Record<string, string> = {},
    headers: Record<string, string> = {},
    method: 'POST' | 'PUT' = 'POST',
  ): Promise<HttpResponse<T>> {
    const form = new FormData();
    for (const [name, value] of Object.entries(fields)) form.append(name, value);
    form.append('file', new Blob([content as BlobPart]), fileName);
    return this.send<T>(method, path, form, headers);
  }

  setCookie(name: string, value: string) {
    this.cookies.set(name, value);
  }

  cookie(name: string) {
    return this.cookies.get(name);
  }

  /** Sends a raw body (malformed JSON, other content types) exactly as given. */
  async raw<T = any>(method: string, path: string, rawBody: string, headers: Record<string, string>): Promise<HttpResponse<T>> {
    return this.send<T>(method, path, rawBody, headers);
  }

  async request<T = any>(method: string, path: string, body: unknown, headers: Record<string, string>): Promise<HttpResponse<T>> {
    const hasBody = body !== undefined;
    return this.send<T>(method, path, hasBody ? JSON.stringify(body) : undefined, hasBody ? { 'content-type': 'application/json', ...headers } : headers);
  }

  private async send<T>(method: string, path: string, body: string | FormData | undefined, headers: Record<string, string>): Promise<HttpResponse<T>> {
    const cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const response = await fetch(this.baseUrl + path, {
      method,
      headers: { ...(this.locale ? { 'accept-language': this.locale } : {}), ...(cookie ? { cookie } : {}), ...headers },
      body,
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const index = pair.indexOf('=');
      const name = pair.slice(0, index);
      const value = pair.slice(index + 1);
      if (!value || /expires=Thu, 01 Jan 1970/i.test(line) || /max-age=0/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    const text = await response.text();
    const type = response.headers.get('content-type') ?? '';
    return { status: response.status, headers: response.headers, body: (type.includes('json') && text ? JSON.parse(text) : text) as T };
  }
}
