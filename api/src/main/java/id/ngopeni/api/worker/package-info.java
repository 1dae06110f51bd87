/**
 * The worker registry over HTTP: workers, heirs and the export (bulk import in {@code importing}).
 *
 * <p>Decisions a reader should know (each is explained where it is made):
 *
 * <ul>
 *   <li>Roles: ADMIN, OPERATOR and FIELD_OFFICER write; every role reads. APPROVER reads single
 *       workers, lists and heirs (checking a payout needs them) but may not export the registry.
 *       A field officer's scope is applied inside every query; elsewhere is 404, except creating
 *       or moving a worker into a foreign kelurahan, which is 403 {@code kelurahan_out_of_scope}.
 *   <li>{@code duplicate_nik} names {@code existingId}, and duplicate warnings name {@code
 *       workerId}, only when the caller may see that worker; the warning itself is always given,
 *       so a field officer does not register someone twice.
 *   <li>Coverage: ACTIVE if an active membership exists, LAPSED if the latest lapsed, else NONE
 *       (an ENDED membership was closed on purpose).
 *   <li>Heirs belong to the worker aggregate: replacing them moves the worker's version, and an
 *       unchanged heir (relationship, normalised name, birth date) keeps its id.
 *   <li>The export prefixes formula-like cells with {@code '}; phones ({@code +62} and digits
 *       only) are exempt.
 * </ul>
 */
package id.ngopeni.api.worker;
