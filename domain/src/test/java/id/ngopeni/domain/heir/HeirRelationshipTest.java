package id.ngopeni.domain.heir;

import static id.ngopeni.domain.heir.HeirRelationship.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HeirRelationshipTest {
  /** PP 44/2015 Pasal 37(5), best first; relationships in the same group rank equally. */
  static final List<List<HeirRelationship>> ORDER =
      List.of(
          List.of(SPOUSE, CHILD),
          List.of(PARENT),
          List.of(GRANDCHILD),
          List.of(GRANDPARENT),
          List.of(SIBLING),
          List.of(PARENT_IN_LAW),
          List.of(WILL_NAMED));

  @ParameterizedTest
  @CsvSource({
    "SPOUSE, 1", "CHILD, 1", "PARENT, 2", "GRANDCHILD, 2", "GRANDPARENT, 2",
    "SIBLING, 3", "PARENT_IN_LAW, 4", "WILL_NAMED, 5"
  })
  void priorityClassAsTheRegulationNumbersIt(HeirRelationship relationship, int priorityClass) {
    assertThat(relationship.priorityClass()).isEqualTo(priorityClass);
  }

  @Test
  void everyPairIsOrderedAsTheRegulationSays() {
    for (int i = 0; i < ORDER.size(); i++) {
      for (int j = 0; j < ORDER.size(); j++) {
        for (HeirRelationship a : ORDER.get(i)) {
          for (HeirRelationship b : ORDER.get(j)) {
            assertThat(a.outranks(b)).as(a + " outranks " + b).isEqualTo(i < j);
          }
        }
      }
    }
  }

  @Test
  void everyRelationshipIsPlacedOnce() {
    assertThat(ORDER.stream().flatMap(List::stream)).containsExactlyInAnyOrder(values());
  }

  @Test
  void parsesExactCodesOnly() {
    assertThat(HeirRelationship.parse("PARENT_IN_LAW")).contains(PARENT_IN_LAW);
    assertThat(HeirRelationship.parse("spouse")).isEmpty();
    assertThat(HeirRelationship.parse(null)).isEmpty();
  }
}
