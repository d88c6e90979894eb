export interface GraphQLErrorShape {
  message: string;
  extensions?: { code?: string; field?: string; [key: string]: unknown };
}

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: GraphQLErrorShape[];
}

/** A minimal GraphQL-over-HTTP client, as a browser or script would talk to the server. */
export class GraphQLClient {
  token: string | null = null;

  constructor(readonly baseUrl: string) {}

  async request<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    headers: Record<string, string> = {},
  ): Promise<GraphQLResponse<T>> {
    const res = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
        ...headers,
      },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as Omit<GraphQLResponse<T>, 'status'>;
    return { status: res.status, ...body };
  }

  /** Like request, but fails the test on any error, returning the data. */
  async data<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<T> {
    const res = await this.request<T>(query, variables);
    if (res.errors?.length || !res.data) {
      throw new Error(`GraphQL errors (HTTP ${res.status}): ${JSON.stringify(res.errors)}`);
    }
    return res.data;
  }

  /**
   * Every row of a list, page by page as a client pages through it: `query` takes `$page` and asks for
   * `perPage: 500` (the API's largest page) of `field`; a shorter page is the last.
   */
  async allPages<T>(query: string, field: string, variables: Record<string, unknown> = {}): Promise<T[]> {
    const rows: T[] = [];
    for (let page = 0; ; page++) {
      const data = await this.data<Record<string, T[]>>(query, { ...variables, page });
      rows.push(...data[field]);
      if (data[field].length < 500) return rows;
    }
  }

  /** Every row of the list `list` (e.g. `allVillages`) with `fields`, filtered, as the console reads it. */
  allRows<T>(list: string, fields: string, filter: object = {}): Promise<T[]> {
    return this.allPages<T>(
      `query ($page: Int!, $filter: ${list.slice(3, -1)}Filter) {
        ${list}(page: $page, perPage: 500, filter: $filter) { ${fields} } }`,
      list,
      { filter },
    );
  }

  async login(username: string, password: string): Promise<void> {
    const data = await this.data<{ login: { token: string } }>(
      'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
      { u: username, p: password },
    );
    this.token = data.login.token;
  }
}

/** The error code of a response's first error. */
export const codeOf = (res: GraphQLResponse<unknown>) => res.errors?.[0]?.extensions?.code;
