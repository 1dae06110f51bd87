package id.ngopeni.domain.problem;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Every error code, from every capability's enum; wire names are unique across them all. */
final class ErrorCatalogue {
  static final List<ErrorCode> ALL = Stream.of(HttpError.values(), UserError.values(), WorkerError.values(),
          ImportError.values(), ReferenceError.values(), MoneyError.values(), ClaimError.values(), PayoutError.values())
      .flatMap(Stream::of)
      .map(ErrorCode.class::cast)
      .toList();

  private static final Map<String, ErrorCode> BY_CODE =
      ALL.stream().collect(Collectors.toUnmodifiableMap(ErrorCode::code, Function.identity()));

  private ErrorCatalogue() {}

  static ErrorCode of(String code) {
    ErrorCode found = code == null ? null : BY_CODE.get(code);
    if (found == null) {
      throw new IllegalArgumentException("Not a catalogued error code: " + code);
    }
    return found;
  }
}
