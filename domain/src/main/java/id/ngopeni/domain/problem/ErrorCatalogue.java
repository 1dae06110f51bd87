package id.ngopeni.domain.problem;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Every error code, from every capability's enum, with what {@code error-codes.tsv} says of it.
 * Loading fails (and so does every use of a code) when a constant has no row or a row no
 * constant, or a wire name repeats: the catalogue is complete or the server does not start.
 */
final class ErrorCatalogue {
  static final List<ErrorCode> ALL = Stream.of(HttpError.values(), UserError.values(), WorkerError.values(),
          ImportError.values(), ReferenceError.values(), MoneyError.values(), ClaimError.values(), PayoutError.values(),
          SantunanError.values(),
          BpjsError.values(),
          DtsenError.values(),
          EarmarkError.values(),
          ReliefError.values(),
          CaseError.values(),
          ReportError.values(),
          DecreeError.values(),
          PrivacyError.values(),
          SubjectError.values())
      .flatMap(Stream::of)
      .map(ErrorCode.class::cast)
      .toList();

  private static final Map<String, ErrorCode.Spec> SPECS = load();

  private static final Map<String, ErrorCode> BY_CODE =
      ALL.stream().collect(Collectors.toUnmodifiableMap(ErrorCode::code, Function.identity()));

  private static final Map<String, String> INDONESIAN = IndonesianMessages.load(BY_CODE.keySet());

  private ErrorCatalogue() {}

  /** The code's message in {@code language}; English when no Indonesian text was written for it. */
  static String message(ErrorCode code, Language language) {
    return language == Language.ID ? INDONESIAN.getOrDefault(code.code(), code.message()) : code.message();
  }

  /** Whether the code has its own Indonesian message. */
  static boolean hasIndonesian(ErrorCode code) {
    return INDONESIAN.containsKey(code.code());
  }

  static ErrorCode of(String code) {
    ErrorCode found = code == null ? null : BY_CODE.get(code);
    if (found == null) {
      throw new IllegalArgumentException("Not a catalogued error code: " + code);
    }
    return found;
  }

  static ErrorCode.Spec spec(Enum<?> constant) {
    return SPECS.get(constant.name().toLowerCase(Locale.ROOT));
  }

  private static Map<String, ErrorCode.Spec> load() {
    Map<String, ErrorCode.Spec> specs = new HashMap<>();
    for (String[] cells : TsvRows.read("error-codes.tsv")) {
      if (cells.length != 4 || specs.containsKey(cells[0])) {
        throw new IllegalStateException("error-codes.tsv: bad or repeated row: " + TsvRows.line(cells));
      }
      Set<ErrorKind> kinds = Arrays.stream(cells[2].split(",")).map(ErrorKind::valueOf)
          .collect(Collectors.toCollection(() -> EnumSet.noneOf(ErrorKind.class)));
      specs.put(cells[0], new ErrorCode.Spec(cells[0], Integer.parseInt(cells[1]), cells[3], Set.copyOf(kinds)));
    }
    Set<String> constants = ALL.stream().map(c -> ((Enum<?>) c).name().toLowerCase(Locale.ROOT))
        .collect(Collectors.toSet());
    if (!constants.equals(specs.keySet())) {
      throw new IllegalStateException(
          "error-codes.tsv and the enums disagree: " + difference(constants, specs.keySet()));
    }
    return Map.copyOf(specs);
  }

  private static String difference(Set<String> constants, Set<String> rows) {
    return "constants without a row " + constants.stream().filter(c -> !rows.contains(c)).sorted().toList()
        + ", rows without a constant " + rows.stream().filter(r -> !constants.contains(r)).sorted().toList();
  }
}
