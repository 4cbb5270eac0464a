package dev.podwright.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Core's text goldens under the project's one golden-file contract ({@code
 * dev.podwright.testing.GoldenFiles#assertMatches} in {@code podwright-testing}, which core's tests
 * cannot depend on: that module depends on core): the file must equal the produced text byte for
 * byte, and {@code -Dpodwright.updateGoldens=true} (re)writes it instead.
 */
public final class GoldenText {

  /** The project's one update flag. */
  public static final String UPDATE_PROPERTY = "podwright.updateGoldens";

  private GoldenText() {}

  /** Asserts the file holds exactly the text; with the flag, writes it instead. */
  public static void assertMatches(Path file, String actual) {
    try {
      if (Boolean.getBoolean(UPDATE_PROPERTY)) {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, actual, StandardCharsets.UTF_8);
        return;
      }
      String golden;
      try {
        golden = Files.readString(file, StandardCharsets.UTF_8);
      } catch (NoSuchFileException missing) {
        throw new AssertionError("golden file " + file + " does not exist" + hint());
      }
      if (!golden.equals(actual)) {
        throw new AssertionError(
            "golden file "
                + file
                + " differs from the text produced, "
                + firstDifference(golden, actual)
                + hint());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read or write golden file " + file, e);
    }
  }

  private static String hint() {
    return "\n(to accept it as the new golden file, run the test with -D"
        + UPDATE_PROPERTY
        + "=true)";
  }

  private static String firstDifference(String golden, String actual) {
    String[] expected = golden.split("\n", -1);
    String[] produced = actual.split("\n", -1);
    for (int i = 0; i < Math.min(expected.length, produced.length); i++) {
      if (!expected[i].equals(produced[i])) {
        return "first at line "
            + (i + 1)
            + ":\n  golden:   "
            + expected[i]
            + "\n  produced: "
            + produced[i];
      }
    }
    return "golden has " + expected.length + " lines, produced " + produced.length;
  }
}
