import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, visit, type DocumentNode } from 'graphql';

const NUL = '\u0000';

/**
 * Whether a string or object key anywhere in a JSON value holds U+0000. Iterative, so a deeply nested
 * value cannot overflow the stack.
 */
export function holdsNul(value: unknown): boolean {
  const pending: unknown[] = [value];
  while (pending.length) {
    const v = pending.pop();
    if (typeof v === 'string') {
      if (v.includes(NUL)) return true;
    } else if (v && typeof v === 'object') {
      for (const [key, inner] of Object.entries(v)) {
        if (key.includes(NUL)) return true;
        pending.push(inner);
      }
    }
  }
  return false;
}

/** Per parsed document: Apollo reuses the parsed document of a query it has seen, so each is visited once. */
const literalNul = new WeakMap<DocumentNode, boolean>();

function literalHoldsNul(document: DocumentNode): boolean {
  let known = literalNul.get(document);
  if (known === undefined) {
    known = visitForNul(document);
    literalNul.set(document, known);
  }
  return known;
}

function visitForNul(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    StringValue(node) {
      if (node.value.includes(NUL)) found = true;
    },
  });
  return found;
}

/**
 * PostgreSQL cannot store U+0000 in text or jsonb: the driver's protocol breaks on it, which would
 * surface as a database fault (an internal error, or "unavailable, retry" — and a retry fails the same
 * way). The character means nothing in a form, so a request carrying it, in a variable or in a string
 * literal of the document, is the caller's mistake: 400 BAD_USER_INPUT before any resolver runs.
 */
export const nulCharactersPlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didResolveOperation({ request, document }) {
        if (holdsNul(request.variables) || literalHoldsNul(document)) {
          throw new GraphQLError('Text may not contain the NUL character (U+0000).', {
            extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
          });
        }
      },
    };
  },
};
