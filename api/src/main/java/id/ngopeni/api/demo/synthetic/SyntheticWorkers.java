package id.ngopeni.api.demo.synthetic;

import id.ngopeni.domain.region.RegionCode;
import id.ngopeni.domain.worker.Nik;
import id.ngopeni.domain.worker.Sex;
import id.ngopeni.domain.worker.WorkerCategory;
import id.ngopeni.domain.worker.WorkerCsv;
import id.ngopeni.domain.worker.WorkerDraft;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Realistic fake worker registrations for demos, load tests and benchmarks. The same seed,
 * kelurahan list, weights and "today" give the same rows on every machine. Rows are made one at a
 * time, so a million-row stream holds only counters, never the rows; every row passes {@link
 * WorkerDraft#validate} and no NIK repeats within one stream.
 */
public final class SyntheticWorkers {
  /**
   * A guess at Kota Malang's mix (relative weights): there are thousands of RT heads, linmas
   * volunteers and Quran teachers, a few hundred RW heads, fewer gravediggers and athletes.
   */
  public static final Map<String, Integer> MALANG_CATEGORY_WEIGHTS =
      Map.ofEntries(
          Map.entry("KETUA_RT", 20),
          Map.entry("KETUA_RW", 3),
          Map.entry("LINMAS", 18),
          Map.entry("MARBOT", 15),
          Map.entry("GURU_NGAJI", 20),
          Map.entry("PENGGALI_KUBUR", 4),
          Map.entry("PEKERJA_SENI", 8),
          Map.entry("ATLET", 4),
          Map.entry("OFISIAL_OLAHRAGA", 2),
          Map.entry("LAINNYA", 6));

  /** Kota Malang's 57 kelurahan (DOMAIN.md): 35.73.0K.1001 onward in each kecamatan. */
  public static final List<String> MALANG_KELURAHAN_CODES =
      kelurahanCodes("35.73", new int[] {11, 11, 12, 11, 12});

  static final int MIN_AGE = 18;
  static final int MAX_AGE = 75;
  private static final int PERCENT_MALE = 60;
  private static final int PERCENT_NIK_FROM_HOME = 85;

  /** Where people who moved to the city got their NIK: nearby East Java regencies. */
  private static final List<RegionCode> ELSEWHERE =
      Stream.of(
              kecamatanCodes("35.07", 33), // Kabupaten Malang
              kecamatanCodes("35.79", 3), // Kota Batu
              kecamatanCodes("35.78", 31), // Kota Surabaya
              kecamatanCodes("35.15", 18), // Sidoarjo
              kecamatanCodes("35.14", 24)) // Pasuruan
          .flatMap(List::stream)
          .map(RegionCode::new)
          .toList();

  private static final List<String> MOBILE_PREFIXES =
      IndonesianNames.words(
          "811 812 813 821 822 823 852 853 856 857 858 877 878 881 882 895 896 897 898");

  private final long seed;
  private final List<RegionCode> kelurahans;
  private final WeightedChoice categories;
  private final List<RegionCode> kecamatans;
  private final Map<RegionCode, Integer> kecamatanIndex = new HashMap<>();

  /**
   * @param kelurahanCodes where the workers live, e.g. {@link #MALANG_KELURAHAN_CODES}
   * @param categoryWeights category code → relative weight, e.g. {@link #MALANG_CATEGORY_WEIGHTS}
   * @throws IllegalArgumentException for a bad kelurahan code, category code or weight
   */
  public SyntheticWorkers(
      long seed, List<String> kelurahanCodes, Map<String, Integer> categoryWeights) {
    if (kelurahanCodes.isEmpty()) {
      throw new IllegalArgumentException("at least one kelurahan is needed");
    }
    this.seed = seed;
    this.kelurahans =
        kelurahanCodes.stream()
            .map(c -> RegionCode.parseKelurahan(c).orElseThrow(() -> badKelurahan(c)))
            .toList();
    categoryWeights.keySet().forEach(SyntheticWorkers::requireCategoryCode);
    this.categories = new WeightedChoice(categoryWeights);
    Set<RegionCode> all = new LinkedHashSet<>();
    kelurahans.forEach(k -> all.add(k.parent().orElseThrow()));
    all.addAll(ELSEWHERE);
    this.kecamatans = List.copyOf(all);
    for (int i = 0; i < kecamatans.size(); i++) {
      kecamatanIndex.put(kecamatans.get(i), i);
    }
  }

  /** An endless, repeatable stream of rows for workers aged 18–75 on {@code today}; limit it. */
  public Stream<WorkerDraft> stream(LocalDate today) {
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(
            iterator(today), Spliterator.ORDERED | Spliterator.NONNULL),
        false);
  }

  /** The rows of {@link #stream}, one at a time; every call starts again from the seed. */
  public Iterator<WorkerDraft> iterator(LocalDate today) {
    return new Rows(today);
  }

  public static String csvHeader() {
    return WorkerCsv.HEADER;
  }

  /** The row as an RFC 4180 record, without the line break. */
  public static String toCsvLine(WorkerDraft draft) {
    return WorkerCsv.line(draft);
  }

  private final class Rows implements Iterator<WorkerDraft> {
    private final Random random = new Random(seed);
    private final LocalDate today;
    private final LocalDate oldest;
    private final int days;
    private final NikSerials serials;

    Rows(LocalDate today) {
      this.today = today;
      this.oldest = today.minusYears(MAX_AGE + 1L).plusDays(1);
      this.days = (int) ChronoUnit.DAYS.between(oldest, today.minusYears(MIN_AGE)) + 1;
      this.serials = new NikSerials(kecamatans.size(), days);
    }

    @Override
    public boolean hasNext() {
      return true;
    }

    @Override
    public WorkerDraft next() {
      Sex sex = random.nextInt(100) < PERCENT_MALE ? Sex.M : Sex.F;
      RegionCode kelurahan = IndonesianNames.any(random, kelurahans);
      String category = categories.pick(random);
      RegionCode issuedIn =
          random.nextInt(100) < PERCENT_NIK_FROM_HOME
              ? kelurahan.parent().orElseThrow()
              : IndonesianNames.any(random, ELSEWHERE);
      int kecamatan = kecamatanIndex.get(issuedIn);
      int day;
      int serial;
      do { // a date whose 9999 serials are used up is skipped (needs ~10^8 rows to happen)
        day = random.nextInt(days);
        serial = serials.next(kecamatan, day, sex);
      } while (serial == 0);
      LocalDate born = oldest.plusDays(day);
      int age = Period.between(born, today).getYears();
      return new WorkerDraft(
          Nik.of(issuedIn, born, sex, serial).value(),
          IndonesianNames.pick(random, sex, age, category),
          born,
          sex.name(),
          kelurahan.value(),
          category,
          random.nextInt(100) < 90 ? mobileNumber() : null,
          random.nextInt(100) < 95 ? MalangAddresses.pick(random) : null);
    }

    private String mobileNumber() {
      StringBuilder number = new StringBuilder("+62");
      number.append(IndonesianNames.any(random, MOBILE_PREFIXES));
      int rest = 7 + random.nextInt(2); // 10 or 11 national digits, like real mobile numbers
      for (int i = 0; i < rest; i++) {
        number.append((char) ('0' + random.nextInt(10)));
      }
      return number.toString();
    }
  }

  private static void requireCategoryCode(String code) {
    if (!WorkerCategory.isCode(code)) {
      throw new IllegalArgumentException("not a category code: " + code);
    }
  }

  private static IllegalArgumentException badKelurahan(String code) {
    return new IllegalArgumentException("not a kelurahan code: " + code);
  }

  private static List<String> kecamatanCodes(String regency, int count) {
    return IntStream.rangeClosed(1, count)
        .mapToObj(k -> String.format(Locale.ROOT, "%s.%02d", regency, k))
        .toList();
  }

  private static List<String> kelurahanCodes(String regency, int[] perKecamatan) {
    List<String> codes = new ArrayList<>();
    for (int k = 0; k < perKecamatan.length; k++) {
      for (int n = 1; n <= perKecamatan[k]; n++) {
        codes.add(String.format(Locale.ROOT, "%s.%02d.%d", regency, k + 1, 1000 + n));
      }
    }
    return List.copyOf(codes);
  }
}
