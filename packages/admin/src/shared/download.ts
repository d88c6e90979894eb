import { ApiError, toApiError } from '../dataProvider/errors';
import { apiHeaders } from '../dataProvider/session';

/**
 * Downloads one of the server's exports (`/exports/<name>.<xlsx|csv>`), which need the same bearer
 * token as the API — a plain link would not carry it — and saves it under `fileName`.
 * A refusal (no permission, bad year) throws an ApiError with the server's message.
 */
export async function downloadExport(
  path: string,
  params: Record<string, string | number>,
  fileName: string,
): Promise<void> {
  const query = new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)]));
  const response = await fetch(`/exports/${path}?${query.toString()}`, { headers: apiHeaders() });
  if (!response.ok) {
    // The endpoint answers errors in GraphQL's shape ({ errors: [{ message, extensions: { code } }] }).
    const body: unknown = await response.json().catch(() => null);
    const error = toApiError(body);
    throw error instanceof ApiError ? error : new Error(`${response.status} ${response.statusText}`);
  }
  saveBlob(await response.blob(), fileName);
}

/** Hands a blob to the browser as a download named `fileName`. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Revoked after the click has been handled; revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
