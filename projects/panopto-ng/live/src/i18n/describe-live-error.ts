import { errorFacts } from '../core/error-facts';
import type { PanoptoLiveTexts } from './live-texts';

/**
 * A failed request in the current language: Panopto's own message when it sent one (Panopto words it in the
 * user's language itself), else the HTTP status or a plain "the request failed".
 */
export function describeLiveError(error: unknown, texts: PanoptoLiveTexts): string {
  const facts = errorFacts(error);
  if (facts.serverMessage) return facts.serverMessage;
  return facts.status ? texts.httpError(facts.status) : texts.requestFailed;
}
