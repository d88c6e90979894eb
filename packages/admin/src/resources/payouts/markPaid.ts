import type { Identifier } from 'react-admin';
import { callApi } from '../../dataProvider';

export interface PaidLine {
  id: string;
  status: 'PAID' | 'UNPAID';
  payeeName: string;
  amount: number;
  paidAt: string | null;
}

/** Records one line as paid (the server stamps the date and the officer; marking twice changes nothing). */
export async function markPayoutPaid(id: Identifier): Promise<PaidLine> {
  const { markPayoutPaid: line } = await callApi<{ markPayoutPaid: PaidLine }>(
    `mutation MarkPayoutPaid($id: ID!) {
      markPayoutPaid(id: $id) { id status payeeName amount paidAt }
    }`,
    { id },
  );
  return line;
}
