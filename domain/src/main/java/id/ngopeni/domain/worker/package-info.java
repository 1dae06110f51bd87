/**
 * Workers: the NIK, the registration form and its checks, and the name key used to find people
 * registered twice.
 *
 * <p>Decisions a reader should know (each is explained where it is made):
 *
 * <ul>
 *   <li>{@link id.ngopeni.domain.worker.Nik#parse} reports every broken segment at once, all on
 *       field {@code nik}; non-digits are reported before a wrong length.
 *   <li>Feb 29 in a NIK is accepted when the two-digit year is a multiple of 4: the century is
 *       not in the NIK, and 00 is 2000, a leap year.
 *   <li>In a {@link id.ngopeni.domain.worker.WorkerDraft} a missing NIK is {@code required}, like
 *       every other missing field; the NIK is cross-checked against birth date and sex only when
 *       it parses, and only on day, month and two-digit year.
 *   <li>A NIK issued in another regency/city than the kelurahan is a warning, not an error
 *       (DOMAIN.md): people move.
 *   <li>Personal data stays out of {@code toString()}: a NIK prints masked, drafts and validated
 *       workers print no name, birth date, phone or address.
 *   <li>Messages are Indonesian, for the city's clerks; codes are the contract.
 * </ul>
 */
package id.ngopeni.domain.worker;
