/**
 * Claims over HTTP: filing, documents, verification and rejection.
 *
 * <p>Decisions a reader should know:
 *
 * <ul>
 *   <li>Coverage facts come from the membership whose dates cover the incident date;
 *       contributions count as paid from the membership's start (the city pays them, and no
 *       arrears record exists yet).
 *   <li>"No second death claim": filing locks the worker row, so death claims for one worker
 *       are decided one after the other. A later one is still filed, but ineligible ({@code
 *       already_claimed_death}) and can never be verified; a partial unique index on eligible,
 *       not rejected death claims backs this up in the database.
 *   <li>Required documents assume the spouse receives the benefit when one is registered
 *       (marriage book); they are computed again at verification with the heirs registered then.
 *   <li>Documents: the type comes from the first bytes (PDF, PNG, JPEG), never from the name
 *       or the declared type; at most 10 MiB; bytes in PostgreSQL with their SHA-256. The
 *       download name is ours ({@code kind-id.ext}), never the uploader's.
 *   <li>A field officer's view of a claim outside their kelurahan is exactly a 404; role
 *       refusals (403) happen before any lookup, so they reveal nothing.
 *   <li>A claim is a case the city assists; BPJS Ketenagakerjaan pays JKK and JKM itself. The
 *       office prepares the file (SUBMITTED), marks it complete (verify → VERIFIED), hands it
 *       over to a BPJS branch (HANDED_OVER) and records BPJS's answer (BPJS_PAID,
 *       BPJS_PARTLY_PAID, BPJS_REFUSED), checked against the expected entitlement. Claims never
 *       lead to city payouts; PAID is history (claims the city paid before this change).
 *   <li>Service clocks are computed on read (working days on the loaded holiday calendar,
 *       durations effective-dated in {@code service_duration}); the overdue queue reads the
 *       open cases and keeps those with a clock past its deadline.
 * </ul>
 */
package id.ngopeni.api.claim;
