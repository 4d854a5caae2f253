/** What the relay bench's fake upstream answers, and the IPC between it and the bench. */
export const RELAY_SCRIPT = { tokens: 40, delayMs: 25 } as const;

export type FakeQuestion = { type: 'stamps' } | { type: 'cpu' };
export interface StampedRequest {
  key: string;
  /** hrtime (ns, as a string: IPC is JSON) when the request body had arrived. */
  receivedNs: string;
  /** Each content chunk's text and hrtime just before its write. */
  sent: { text: string; ns: string }[];
  aborted: boolean;
}
export type FakeAnswer =
  | { type: 'ready'; baseURL: string }
  | { type: 'stamps'; requests: StampedRequest[] }
  | { type: 'cpu'; micros: number };
