package dev.podwright.validation.rules.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LocalPathsTest {

  @Test
  void descendingPaths() {
    assertThat(LocalPaths.descendingPathErrors("a/b")).isEmpty();
    assertThat(LocalPaths.descendingPathErrors("..a/b")).isEmpty();
    assertThat(LocalPaths.descendingPathErrors("/a")).containsExactly("must be a relative path");
    assertThat(LocalPaths.descendingPathErrors("a/../b")).containsExactly("must not contain '..'");
    assertThat(LocalPaths.descendingPathErrors("a\\..\\b"))
        .containsExactly("must not contain '..'");
    assertThat(LocalPaths.descendingPathErrors("/.."))
        .containsExactly("must be a relative path", "must not contain '..'");
    assertThat(LocalPaths.descendingPathErrors(null)).isEmpty();
  }

  @Test
  void localNonReservedPaths() {
    assertThat(LocalPaths.localNonReservedPathErrors("..data"))
        .containsExactly("must not start with '..'");
    assertThat(LocalPaths.localNonReservedPathErrors("../x"))
        .containsExactly("must not contain '..'");
    assertThat(LocalPaths.localNonReservedPathErrors(".."))
        .containsExactly("must not contain '..'", "must not start with '..'");
    assertThat(LocalPaths.localNonReservedPathErrors("data/..x")).isEmpty();
    assertThat(LocalPaths.localNonReservedPathErrors(null)).isEmpty();
  }
}
