const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Our ids are UUIDs; anything else cannot name a record, so callers treat it as absent. */
export const isId = (value: unknown): value is string => typeof value === 'string' && UUID.test(value);
