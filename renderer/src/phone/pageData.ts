import type { PhoneJoinResult, PhoneResponse } from '../../../shared/live/protocol';
import { PHONE_PAGE_DATA_ID } from '../../../shared/live/protocolConstants';

/**
 * What the listener wrote into the page at `/j/CODE` (main/live/phonePage.ts): what joining
 * would answer, so the phone shows the exercise without a round trip first; null on a page
 * without it (opened at `/`, or an older listener).
 */
export function pageData(): PhoneResponse<PhoneJoinResult> | null {
  const text = document.getElementById(PHONE_PAGE_DATA_ID)?.textContent;
  if (!text) return null;
  try {
    return JSON.parse(text) as PhoneResponse<PhoneJoinResult>;
  } catch {
    return null;
  }
}
