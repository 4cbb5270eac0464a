package dev.podwright.testing;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** How values appear in failure messages. */
final class Texts {

  private Texts() {}

  /** {@code "text"}, or {@code <null>}. */
  static String quote(String text) {
    return text == null ? "<null>" : '"' + text + '"';
  }

  /** {@code ["a", "b"]}; null entries as {@code <null>}. */
  static String quoteAll(List<String> texts) {
    return texts.stream().map(Texts::quote).collect(Collectors.joining(", ", "[", "]"));
  }

  /** Null-safe list view: empty for null, without null entries. */
  static <T> List<T> listOf(List<T> list) {
    return list == null ? List.of() : list.stream().filter(Objects::nonNull).toList();
  }
}
