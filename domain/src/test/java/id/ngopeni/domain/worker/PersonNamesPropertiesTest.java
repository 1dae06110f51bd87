package id.ngopeni.domain.worker;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class PersonNamesPropertiesTest {

  /** Pieces that exercise every rule, glued with separators that matter (dots, commas, none). */
  @Provide
  Arbitrary<String> nameLike() {
    Arbitrary<String> piece =
        Arbitraries.oneOf(
            Arbitraries.of(
                "H.",
                "Hj.",
                "K.H.",
                "S.",
                "Pd.",
                "I.",
                "M.",
                "M",
                "Moch.",
                "Mochammad",
                "Abd.",
                "Soekarno",
                "Djoko",
                "Tjahjono",
                "Sjarifah",
                "Njono",
                "Chusnul",
                "Siti",
                "Ma'ruf",
                "ddj",
                "tjh",
                "oee",
                "Dr.",
                "Haji",
                "Ibu",
                "St.",
                "Sholeh",
                "é",
                "İ",
                "ß",
                "æ",
                "œ",
                "Ø",
                "’",
                "-",
                ",",
                ".",
                "  ",
                "0",
                "Ω",
                "\u0301"),
            Arbitraries.strings().withCharRange('a', 'z').ofMaxLength(6),
            Arbitraries.strings().ofMaxLength(4));
    Arbitrary<String> glue = Arbitraries.of(" ", "", ".", ". ", ", ", "-");
    return piece
        .list()
        .ofMaxSize(8)
        .flatMap(
            pieces ->
                glue.list()
                    .ofSize(pieces.size())
                    .map(
                        glues -> {
                          StringBuilder s = new StringBuilder();
                          for (int i = 0; i < pieces.size(); i++) {
                            s.append(pieces.get(i)).append(glues.get(i));
                          }
                          return s.toString();
                        }));
  }

  @Property(tries = 2000)
  void normalizeIsIdempotent(@ForAll("nameLike") String name) {
    String key = PersonNames.normalize(name);
    assertThat(PersonNames.normalize(key)).isEqualTo(key);
  }

  @Property(tries = 2000)
  void normalizeIsIdempotentOnAnyText(@ForAll String text) {
    String key = PersonNames.normalize(text);
    assertThat(PersonNames.normalize(key)).isEqualTo(key);
  }

  @Property(tries = 1000)
  void keysAreLowerAsciiWordsSeparatedBySingleSpaces(@ForAll("nameLike") String name) {
    String key = PersonNames.normalize(name);
    assertThat(key).matches("([a-z0-9]+( [a-z0-9]+)*)?");
  }

  @Property(tries = 1000)
  void noTitleSurvives(@ForAll("nameLike") String name) {
    List<String> tokens = Arrays.asList(PersonNames.normalize(name).split(" "));
    for (List<String> title : PersonNames.titleTokens()) {
      assertThat(java.util.Collections.indexOfSubList(tokens, title)).isEqualTo(-1);
    }
  }

  @Property(tries = 500)
  void normalizeIsDeterministic(@ForAll("nameLike") String name) {
    assertThat(PersonNames.normalize(new String(name))).isEqualTo(PersonNames.normalize(name));
  }
}
