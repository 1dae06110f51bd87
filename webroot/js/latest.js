// Only the latest answer for one place on the page is shown. A place asked again before it answered
// (a filter changed, another year chosen, a reload after a save) must not be overwritten by the
// earlier answer when that one arrives last.

/** What a guarded request resolves to once a later one was asked for the same place. */
export const STALE = Symbol('stale');

/**
 * A guard for one place on the page: `const answer = await guard(request)` is the request's answer,
 * or STALE when guard was called again meanwhile; a failure rejects only while still the latest
 * (an outrun failure resolves to STALE too).
 */
export function latestOnly() {
  let latest = 0;
  return async (request) => {
    const asked = ++latest;
    try {
      const answer = await request;
      return asked === latest ? answer : STALE;
    } catch (error) {
      if (asked !== latest) return STALE;
      throw error;
    }
  };
}
