package id.ngopeni.api.demo.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import id.ngopeni.domain.worker.WorkerDraft;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class SyntheticWorkersPropertiesTest {

  @Property(tries = 10)
  void everyRowValidatesAndNoNikRepeats(
      @ForAll long seed, @ForAll @IntRange(min = 0, max = 36_500) int daysAfter2000) {
    LocalDate today = LocalDate.of(2000, 1, 1).plusDays(daysAfter2000);
    Iterator<WorkerDraft> rows =
        new SyntheticWorkers(
                seed,
                SyntheticWorkers.MALANG_KELURAHAN_CODES,
                SyntheticWorkers.MALANG_CATEGORY_WEIGHTS)
            .iterator(today);
    Set<String> niks = new HashSet<>();
    for (int i = 0; i < 20_000; i++) {
      WorkerDraft row = rows.next();
      assertThat(row.validate(today)).as("row %d", i).isEmpty();
      assertThat(niks.add(row.nik())).as("row %d repeats a NIK", i).isTrue();
    }
  }
}
