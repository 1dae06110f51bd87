package id.ngopeni.api.demo.synthetic;

import static id.ngopeni.api.demo.synthetic.SyntheticWorkers.MALANG_CATEGORY_WEIGHTS;
import static id.ngopeni.api.demo.synthetic.SyntheticWorkers.MALANG_KELURAHAN_CODES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.ngopeni.domain.region.RegionCode;
import id.ngopeni.domain.worker.Nik;
import id.ngopeni.domain.worker.PersonNames;
import id.ngopeni.domain.worker.WorkerDraft;
import java.time.LocalDate;
import java.time.Period;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SyntheticWorkersTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
  private static List<WorkerDraft> rows;

  @BeforeAll
  static void generate() {
    rows = malang(42).stream(TODAY).limit(20_000).toList();
  }

  private static SyntheticWorkers malang(long seed) {
    return new SyntheticWorkers(seed, MALANG_KELURAHAN_CODES, MALANG_CATEGORY_WEIGHTS);
  }

  private static double share(Predicate<WorkerDraft> p) {
    return rows.stream().filter(p).count() / (double) rows.size();
  }

  @Test
  void malangHasFiftySevenKelurahan() {
    assertThat(MALANG_KELURAHAN_CODES)
        .hasSize(57)
        .contains("35.73.01.1001", "35.73.01.1011", "35.73.03.1012", "35.73.05.1012")
        .doesNotContain("35.73.01.1012", "35.73.02.1012", "35.73.04.1012");
  }

  @Test
  void sameSeedSameRowsDifferentSeedOtherRows() {
    assertThat(malang(42).stream(TODAY).limit(1000).toList()).isEqualTo(rows.subList(0, 1000));
    Iterator<WorkerDraft> twice = malang(42).iterator(TODAY);
    assertThat(twice.next()).isEqualTo(rows.get(0));
    assertThat(malang(43).stream(TODAY).limit(100).toList()).isNotEqualTo(rows.subList(0, 100));
  }

  @Test
  void rowsDoNotDependOnTheWeightMapsIterationOrder() {
    Map<String, Integer> forward = new LinkedHashMap<>();
    Map<String, Integer> backward = new LinkedHashMap<>();
    List<String> keys = MALANG_CATEGORY_WEIGHTS.keySet().stream().sorted().toList();
    keys.forEach(k -> forward.put(k, MALANG_CATEGORY_WEIGHTS.get(k)));
    for (int i = keys.size() - 1; i >= 0; i--) {
      backward.put(keys.get(i), MALANG_CATEGORY_WEIGHTS.get(keys.get(i)));
    }
    assertThat(new SyntheticWorkers(7, MALANG_KELURAHAN_CODES, forward).stream(TODAY).limit(500))
        .containsExactlyElementsOf(
            new SyntheticWorkers(7, MALANG_KELURAHAN_CODES, backward)
                .stream(TODAY).limit(500).toList());
  }

  @Test
  void everyRowValidatesAndNiksAreUnique() {
    assertThat(rows).allSatisfy(r -> assertThat(r.validate(TODAY)).isEmpty());
    assertThat(rows.stream().map(WorkerDraft::nik).distinct().count()).isEqualTo(rows.size());
  }

  @Test
  void agesAreEighteenToSeventyFiveAndSpreadOverTheRange() {
    Set<Integer> ages =
        rows.stream()
            .map(r -> Period.between(r.birthDate(), TODAY).getYears())
            .collect(Collectors.toSet());
    assertThat(ages).allSatisfy(a -> assertThat(a).isBetween(18, 75)).contains(18, 75);
  }

  @Test
  void aboutSixtyPercentAreMen() {
    assertThat(share(r -> r.sex().equals("M"))).isBetween(0.58, 0.62);
  }

  @Test
  void mostNiksAreFromTheWorkersOwnKecamatanTheRestFromEastJava() {
    double home =
        share(
            r ->
                Nik.parse(r.nik())
                    .kecamatanCode()
                    .equals(
                        RegionCode.parseKelurahan(r.kelurahanCode())
                            .orElseThrow()
                            .parent()
                            .orElseThrow()));
    assertThat(home).isBetween(0.82, 0.88);
    assertThat(share(r -> !r.nik().startsWith("3573") && r.nik().startsWith("35")))
        .isBetween(0.1, 0.16);
    assertThat(share(r -> !r.warnings().isEmpty())).isBetween(0.1, 0.16);
  }

  @Test
  void categoriesFollowTheirWeights() {
    Map<String, Long> counts =
        rows.stream().collect(Collectors.groupingBy(WorkerDraft::category, Collectors.counting()));
    assertThat(counts.keySet()).isEqualTo(MALANG_CATEGORY_WEIGHTS.keySet());
    int total = MALANG_CATEGORY_WEIGHTS.values().stream().mapToInt(Integer::intValue).sum();
    MALANG_CATEGORY_WEIGHTS.forEach(
        (category, weight) ->
            assertThat(counts.get(category) / (double) rows.size())
                .as(category)
                .isCloseTo(weight / (double) total, org.assertj.core.data.Offset.offset(0.015)));
  }

  @Test
  void namesCarryTitlesAndMuhammadSpellingsThatNormaliseAway() {
    assertThat(share(r -> r.fullName().startsWith("H. "))).isGreaterThan(0.02);
    assertThat(share(r -> r.fullName().startsWith("Hj. "))).isGreaterThan(0.02);
    assertThat(share(r -> r.fullName().contains("Moch. "))).isGreaterThan(0.005);
    assertThat(share(r -> r.fullName().contains(", S.Pd.I."))).isGreaterThan(0.001);
    assertThat(share(r -> PersonNames.normalize(r.fullName()).startsWith("muhammad ")))
        .isGreaterThan(0.1);
    assertThat(rows).noneMatch(r -> PersonNames.normalize(r.fullName()).isEmpty());
  }

  @Test
  void phonesAndAddressesLookIndonesian() {
    assertThat(rows.stream().map(WorkerDraft::phone).filter(Objects::nonNull))
        .allSatisfy(p -> assertThat(p).matches("\\+628\\d{9,10}"));
    assertThat(share(r -> r.phone() != null)).isBetween(0.87, 0.93);
    assertThat(rows.stream().map(WorkerDraft::address).filter(Objects::nonNull))
        .allSatisfy(
            a ->
                assertThat(a)
                    .matches("Jl\\. [A-Za-z ]+( Gg\\. \\d)? No\\. \\d+, RT \\d{3}/RW \\d{3}"));
  }

  @Test
  void csvLinesReadBackToTheSameFields() {
    assertThat(SyntheticWorkers.csvHeader().split(",")).hasSize(8);
    Set<Integer> quotedRows = new HashSet<>();
    for (int i = 0; i < 2000; i++) {
      WorkerDraft r = rows.get(i);
      String line = SyntheticWorkers.toCsvLine(r);
      if (line.contains("\"")) {
        quotedRows.add(i);
      }
      assertThat(Rfc4180.fields(line))
          .containsExactly(
              r.nik(),
              r.fullName(),
              r.birthDate().toString(),
              r.sex(),
              r.kelurahanCode(),
              r.category(),
              Objects.toString(r.phone(), ""),
              Objects.toString(r.address(), ""));
    }
    assertThat(quotedRows).isNotEmpty(); // addresses hold commas
  }

  @Test
  void refusesBadConfiguration() {
    Map<String, Integer> weights = Map.of("MARBOT", 1);
    assertThatThrownBy(() -> new SyntheticWorkers(1, List.of(), weights))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SyntheticWorkers(1, List.of("35.73.02"), weights))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SyntheticWorkers(1, MALANG_KELURAHAN_CODES, Map.of("marbot", 1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SyntheticWorkers(1, MALANG_KELURAHAN_CODES, Map.of("MARBOT", -1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SyntheticWorkers(1, MALANG_KELURAHAN_CODES, Map.of("MARBOT", 0)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anotherCityGetsNiksFromItsOwnKecamatan() {
    List<WorkerDraft> surabaya =
        new SyntheticWorkers(5, List.of("35.78.01.1001"), Map.of("LINMAS", 1))
            .stream(TODAY).limit(2000).toList();
    assertThat(surabaya).allSatisfy(r -> assertThat(r.validate(TODAY)).isEmpty());
    assertThat(surabaya.stream().filter(r -> r.nik().startsWith("357801")).count())
        .isGreaterThan(1500);
  }
}
