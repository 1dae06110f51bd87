package id.ngopeni.api.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import id.ngopeni.domain.problem.Invalid;
import io.vertx.core.json.Json;
import org.junit.jupiter.api.Test;

/** The central check of every JSON body's text (issue 13.2 and 13.9). */
class JsonTextTest {
  @Test
  void everyStringAnywhereIsCheckedAtItsPath() {
    Object body = Json.decodeValue("""
        {"name": "a\\u0000", "ok": "Jl. Ijen 5", "nested": {"list": ["fine", "b\\r\\nc", {"deep": "\\t"}]},
         "n": 1, "b": true, "z": null}""");
    assertThat(errors(body, "")).containsExactlyInAnyOrder(
        tuple("name", "control_characters"), tuple("nested.list[1]", "control_characters"),
        tuple("nested.list[2].deep", "control_characters"));
  }

  @Test
  void everyControlCharacterAndTheUnicodeLineSeparatorsAreRefused() {
    for (String bad : new String[] {"\u0000", "\t", "\n", "\r", "\u001b", "\u007f", "\u0085", "\u2028", "\u2029"}) {
      assertThat(errors(Json.decodeValue(Json.encode(java.util.Map.of("fullName", "Siti" + bad))), ""))
          .as("U+%04X", (int) bad.charAt(0)).containsExactly(tuple("fullName", "control_characters"));
    }
  }

  @Test
  void onlyTheFreeTextFieldsKeepLineFeeds() {
    assertThatCode(() -> JsonText.check(Json.decodeValue("{\"description\": \"Jatuh.\\nDirawat.\", \"reason\": \"a\\nb\"}"), ""))
        .doesNotThrowAnyException();
    assertThat(errors(Json.decodeValue("{\"description\": \"a\\r\\nb\", \"reason\": \"a\\tb\"}"), ""))
        .containsExactlyInAnyOrder(tuple("description", "control_characters"), tuple("reason", "control_characters"));
    assertThat(errors(Json.decodeValue("{\"address\": \"a\\nb\", \"x\": {\"description\": \"a\\nb\"}}"), ""))
        .containsExactlyInAnyOrder(tuple("address", "control_characters"), tuple("x.description", "control_characters"));
  }

  @Test
  void stringsHaveTenThousandCharactersAtMost() {
    assertThatCode(() -> JsonText.check(Json.decodeValue(Json.encode(java.util.Map.of("q", "a".repeat(10_000)))), ""))
        .doesNotThrowAnyException();
    assertThat(errors(Json.decodeValue(Json.encode(java.util.Map.of("q", "a".repeat(10_001)))), ""))
        .containsExactly(tuple("q", "too_long"));
  }

  @Test
  void fieldNamesAreCheckedAndNeverEchoedRaw() {
    assertThat(errors(Json.decodeValue("{\"a\\u0000b\": 1}"), "")).containsExactly(tuple("a?b", "control_characters"));
    assertThat(errors(Json.decodeValue(Json.encode(java.util.Map.of("k".repeat(5_000), 1))), ""))
        .containsExactly(tuple("k".repeat(100), "too_long"));
  }

  @Test
  void anArrayBodyIsNamedByItsRoot() {
    assertThat(errors(Json.decodeValue("[{\"fullName\": \"ok\"}, {\"fullName\": \"x\\ny\"}]"), "heirs"))
        .containsExactly(tuple("heirs[1].fullName", "control_characters"));
  }

  private static java.util.List<org.assertj.core.groups.Tuple> errors(Object body, String root) {
    Invalid invalid = catchThrowableOfType(Invalid.class, () -> JsonText.check(body, root));
    assertThat(invalid).as("refused").isNotNull();
    return invalid.errors().stream().map(e -> tuple(e.field(), e.code())).toList();
  }
}
