package dev.podwright.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The hand-written version and quantity grammars accept exactly what the regular expressions they
 * replaced accept, on fixed edge cases and on generated strings from a fixed seed.
 */
class HandWrittenGrammarTest {

  /** The expression {@link KubernetesVersion#parse} used before it was hand-written. */
  private static final Pattern VERSION = Pattern.compile("v?(\\d{1,4})\\.(\\d{1,4})(?:[.+-].*)?");

  /** The expression {@link Quantities#parse} used before it was hand-written. */
  private static final Pattern QUANTITY =
      Pattern.compile(
          "[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d{1,3}|Ki|Mi|Gi|Ti|Pi|Ei|n|u|m|k|M|G|T|P|E)?");

  private static final String ALPHABET =
      "v0123456789012345.+-eEKMGTPinumkx \t\n\r\u0085\u2028\u2029\u0661\uff10";

  private static final String[] VERSION_PIECES = {
    "v", "1", "29", "1234", "12345", ".", ".", " ", "-", "+", "x", "\n", "\u2028", "\u0661"
  };

  private static final String[] QUANTITY_PIECES = {
    "+", "-", "1", "25", ".", ".", "e", "E", "Ki", "i", "m", "M", "k", "123", "1234", " "
  };

  @Test
  void versionParsingAgreesWithTheRegex() {
    List<String> inputs =
        strings(
            11L,
            List.of(
                "1.29",
                "v1.29.3",
                "1.31.0-gke.1",
                " 1.30 ",
                "1.2\n",
                "1.2-a\nb",
                "1.2+\u2028",
                "v",
                "1",
                "1.",
                ".1",
                "12345.1",
                "1.12345",
                "1.1234",
                "0001.0002",
                "v1.2x",
                "1.2.",
                "1.2-",
                "vv1.2",
                "1.\u0661",
                "1.29.3.4.5"),
            200_000);
    inputs.addAll(pieces(13L, VERSION_PIECES, 200_000));
    int accepted = 0;
    for (String input : inputs) {
      Matcher matcher = VERSION.matcher(input.trim());
      if (matcher.matches()) {
        accepted++;
        assertThat(KubernetesVersion.parse(input))
            .as("version %s", printable(input))
            .isEqualTo(
                KubernetesVersion.of(
                    Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2))));
      } else {
        assertThatIllegalArgumentException()
            .as("version %s", printable(input))
            .isThrownBy(() -> KubernetesVersion.parse(input))
            .withMessageContaining("not a Kubernetes version");
      }
    }
    assertThat(accepted).as("the generated strings exercise both outcomes").isGreaterThan(500);
  }

  @Test
  void quantitySyntaxAgreesWithTheRegex() {
    List<String> inputs =
        strings(
            29L,
            List.of(
                "",
                "+",
                "-",
                ".",
                "+.",
                "1",
                "1.",
                ".5",
                "1.5",
                "-1.5e3",
                "1e",
                "1E",
                "1e+",
                "1E-2",
                "1e1234",
                "1e123",
                "1Ki",
                "1ki",
                "1Mi",
                "1i",
                "1KiB",
                "1m",
                "1mi",
                "1Ei",
                "1Eii",
                "1E+3",
                "5Pi",
                "\u0661",
                "1.\u0661",
                "1 ",
                " 1",
                "1.5.5",
                "1..5"),
            200_000);
    inputs.addAll(pieces(31L, QUANTITY_PIECES, 200_000));
    int accepted = 0;
    for (String input : inputs) {
      boolean expected = QUANTITY.matcher(input).matches();
      if (expected) {
        accepted++;
      }
      assertThat(Quantities.hasQuantitySyntax(input))
          .as("quantity %s", printable(input))
          .isEqualTo(expected);
    }
    assertThat(accepted).as("the generated strings exercise both outcomes").isGreaterThan(500);
  }

  /** The edge cases, then {@code count} strings of length 0 to 12 from a fixed seed. */
  private static List<String> strings(long seed, List<String> edges, int count) {
    List<String> out = new ArrayList<>(edges.size() + 2 * count);
    out.addAll(edges);
    Random random = new Random(seed);
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < count; i++) {
      text.setLength(0);
      int length = random.nextInt(13);
      for (int j = 0; j < length; j++) {
        text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
      }
      out.add(text.toString());
    }
    return out;
  }

  /** {@code count} concatenations of zero to six pieces from a fixed seed. */
  private static List<String> pieces(long seed, String[] pieces, int count) {
    List<String> out = new ArrayList<>(count);
    Random random = new Random(seed);
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < count; i++) {
      text.setLength(0);
      int length = random.nextInt(7);
      for (int j = 0; j < length; j++) {
        text.append(pieces[random.nextInt(pieces.length)]);
      }
      out.add(text.toString());
    }
    return out;
  }

  private static String printable(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      out.append(c >= ' ' && c < 0x7f ? String.valueOf(c) : String.format("\\u%04x", (int) c));
    }
    return out.append('"').toString();
  }
}
