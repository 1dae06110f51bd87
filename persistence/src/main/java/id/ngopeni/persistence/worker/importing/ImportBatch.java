package id.ngopeni.persistence.worker.importing;

import id.ngopeni.persistence.worker.NewWorker;
import java.util.List;

/**
 * The outcome of validating one slice of the file, committed all at once.
 *
 * @param lastRow row number of the batch's last row: where a resumed job continues
 * @param processed data rows in the batch (good + refused)
 * @param good rows that passed every check; those whose NIK exists already are duplicates
 * @param failedRows refused rows (each has one or more {@code errors})
 */
public record ImportBatch(int lastRow, int processed, List<NewWorker> good, int failedRows, List<RowError> errors) {
  public ImportBatch {
    good = List.copyOf(good);
    errors = List.copyOf(errors);
  }
}
