import type { SortPayload } from 'react-admin';

/**
 * ReferenceInput asks for its choices ordered by id, which the API does not sort by (it refuses): each
 * reference names a readable order instead.
 */
export const VILLAGE_ORDER: SortPayload = { field: 'name', order: 'ASC' };
export const TOWNSHIP_ORDER: SortPayload = { field: 'code', order: 'ASC' };
