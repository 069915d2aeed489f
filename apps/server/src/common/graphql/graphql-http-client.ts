/**
 * A small GraphQL client over fetch that keeps cookies like a browser, so the demo loader
 * and the tests can act as a signed-in person through the public API.
 */
export interface GraphqlResponse<T> {
  data?: T | null;
  errors?: Array<{
    message: string;
    extensions?: {
      code?: string;
      reason?: string;
      fields?: Array<{ field: string; message: string }>;
    };
  }>;
}

export class GraphqlClient {
  private cookie = '';

  constructor(
    readonly baseUrl: string,
    private readonly language: 'id' | 'en' = 'id',
    private readonly extraHeaders: Record<string, string> = {},
  ) {}

  async request<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<GraphqlResponse<T>> {
    const response = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'accept-language': this.language,
        ...this.extraHeaders,
        ...(this.cookie ? { cookie: this.cookie } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    this.keepCookies(response);
    return (await response.json()) as GraphqlResponse<T>;
  }

  /** The data of a request that must succeed; throws with the errors otherwise. */
  async data<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<T> {
    const result = await this.request<T>(query, variables);
    if (result.errors?.length || !result.data) {
      throw new Error(`GraphQL failed: ${JSON.stringify(result.errors)}`);
    }
    return result.data;
  }

  /** Sends a multipart upload to the media endpoint with this client's cookies. */
  async upload(fileName: string, content: Buffer, contentType: string): Promise<Response> {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(content)], { type: contentType }), fileName);
    const response = await fetch(`${this.baseUrl}/media`, {
      method: 'POST',
      body: form,
      headers: {
        'accept-language': this.language,
        ...this.extraHeaders,
        ...(this.cookie ? { cookie: this.cookie } : {}),
      },
    });
    this.keepCookies(response);
    return response;
  }

  /** The same person (cookies and language) sending extra headers, e.g. another Origin. */
  withHeaders(headers: Record<string, string>): GraphqlClient {
    const copy = new GraphqlClient(this.baseUrl, this.language, {
      ...this.extraHeaders,
      ...headers,
    });
    copy.cookie = this.cookie;
    return copy;
  }

  /** Acts as the holder of a session cookie issued elsewhere. */
  useCookie(name: string, value: string): void {
    this.cookie = `${name}=${value}`;
  }

  private keepCookies(response: Response): void {
    for (const header of response.headers.getSetCookie()) {
      const [pair] = header.split(';');
      const [name, value] = pair.split('=');
      const others = this.cookie
        .split('; ')
        .filter((entry) => entry && !entry.startsWith(`${name}=`));
      if (value) others.push(`${name}=${value}`);
      this.cookie = others.join('; ');
    }
  }
}
