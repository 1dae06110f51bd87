/**
 * Bulk worker import: {@code POST /imports/workers} (CSV or XLSX), {@code GET /imports/{id}},
 * {@code GET /imports/{id}/errors.csv}.
 *
 * <p>Decisions a reader should know (each is explained where it is made):
 *
 * <ul>
 *   <li>The upload is streamed into {@code worker_import_chunk} (~1 MiB rows), never held whole in
 *       memory, so any instance can process or resume the job. Over 200 MiB → 413.
 *   <li>Jobs are claimed with {@code FOR UPDATE SKIP LOCKED} under a lease; every batch commit is
 *       fenced by the lease owner and by the previous batch's last row, so a crash never leaves
 *       half a batch and a resumed job continues exactly after the last committed batch. A job
 *       claimed more than {@link id.ngopeni.api.worker.importing.ImportRunner#MAX_ATTEMPTS}
 *       times is FAILED ({@code import_gave_up}).
 *   <li>Row numbers are what a spreadsheet shows: the header is row 1. Error fields are the
 *       file's column names ({@code birth_date}), codes are the API's ({@code
 *       nik_birth_date_mismatch}) plus {@code kelurahan_unknown}, {@code category_unknown},
 *       {@code kelurahan_out_of_scope}, {@code birth_date_invalid} (unreadable date) and {@code
 *       columns_mismatch} (a row wider than the header).
 *   <li>A valid row whose NIK is registered already, or repeats an earlier row of the file, is a
 *       duplicate: not inserted, not an error. Re-uploading a file therefore inserts nothing.
 *   <li>Whole-file problems end the job FAILED with a code: {@code file_empty}, {@code
 *       header_missing}, {@code header_invalid}, {@code file_encoding} (not UTF-8), {@code
 *       quote_unterminated}, {@code row_too_long}, {@code file_unreadable} (XLSX). A first pass
 *       finds them before anything is inserted.
 *   <li>An XLSX is checked by {@link id.ngopeni.api.worker.importing.XlsxGuard} before the reader
 *       opens it (the reader sizes each row by its last cell): {@code xlsx_cell_out_of_range},
 *       {@code xlsx_row_too_wide}, {@code xlsx_too_large}, {@code xlsx_compression_ratio}.
 *   <li>A user has at most three imports queued or running; one more is 429 {@code
 *       import_queue_full}, checked before the body is read and again under the user's lock.
 *   <li>Audit: one {@code import.started} entry at upload, one {@code import.finished} with the
 *       counts; no entry per worker row (a million entries would serialise every batch on the
 *       audit chain's head and say nothing the counts and errors.csv do not).
 *   <li>The stored file is deleted when the job ends; its counts and row errors stay.
 * </ul>
 */
package id.ngopeni.api.worker.importing;
