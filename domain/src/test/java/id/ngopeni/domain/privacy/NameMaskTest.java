package id.ngopeni.domain.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameMaskTest {
  @Test
  void eachWordKeepsItsFirstLetterAndItsLength() {
    assertThat(NameMask.of("Siti Maryam")).isEqualTo("S••• M•••••");
    assertThat(NameMask.of("H. Abdul  Rozak")).isEqualTo("H• A••••  R••••");
    assertThat(NameMask.of(null)).isNull();
  }
}
