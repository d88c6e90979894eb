declare module 'virtual:fanben-schema' {
  import type { IntrospectionSchema } from 'graphql';
  const schema: IntrospectionSchema;
  export default schema;
}
