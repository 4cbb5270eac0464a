package dev.podwright.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubernetes.client.custom.Quantity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link Quantities#canonical} computes what {@code Quantity.fromString(canonicalText(q))} gives
 * (same number, scale included, same format) without parsing, and returns a canonical quantity
 * itself.
 */
class CanonicalQuantityTest {

  private static final String[] SUFFIXES = {
    "", "n", "u", "m", "k", "M", "G", "T", "P", "E", "Ki", "Mi", "Gi", "Ti", "Pi", "Ei", "e3",
    "e-3", "e7", "E2", "e0", "e-9", "e21"
  };

  private static final String[] NUMBERS = {
    "0",
    "1",
    "-1",
    "0.5",
    "1.5",
    "100",
    "250",
    "1000",
    "1024",
    "1536",
    "0.001",
    "12345.678",
    "-0.25",
    "7",
    "999999",
    "1.0000000001",
    "0.0",
    "64",
    "3.75",
    "1e0"
  };

  @Test
  void everyQuantityBecomesExactlyWhatParsingItsCanonicalTextGives() {
    List<String> mismatches = new ArrayList<>();
    int checked = 0;
    for (String number : NUMBERS) {
      for (String suffix : SUFFIXES) {
        String text = number + suffix;
        if (!Quantities.hasQuantitySyntax(text)) {
          continue;
        }
        Quantity quantity = Quantity.fromString(text);
        Quantity expected = Quantity.fromString(Quantities.canonicalText(quantity));
        Quantity actual = Quantities.canonical(quantity);
        checked++;
        if (!expected.getNumber().equals(actual.getNumber())
            || expected.getFormat() != actual.getFormat()) {
          mismatches.add(
              text
                  + ": expected "
                  + expected.getNumber()
                  + " "
                  + expected.getFormat()
                  + ", got "
                  + actual.getNumber()
                  + " "
                  + actual.getFormat());
        }
      }
    }
    assertThat(checked).isGreaterThan(300);
    assertThat(mismatches).isEmpty();
  }

  @Test
  void quantitiesBuiltFromNumbersAndFormatsAreCanonicalisedAlike() {
    List<String> mismatches = new ArrayList<>();
    for (String number : NUMBERS) {
      for (Quantity.Format format : Quantity.Format.values()) {
        Quantity quantity = new Quantity(new BigDecimal(number), format);
        Quantity expected = Quantity.fromString(Quantities.canonicalText(quantity));
        Quantity actual = Quantities.canonical(quantity);
        if (!expected.getNumber().equals(actual.getNumber())
            || expected.getFormat() != actual.getFormat()) {
          mismatches.add(number + " " + format + ": got " + actual.getNumber());
        }
      }
    }
    assertThat(mismatches).isEmpty();
  }

  @Test
  void aCanonicalQuantityIsReturnedItselfAndAnotherIsReplaced() {
    Quantity canonical = Quantity.fromString("250m");
    Quantity half = Quantity.fromString("0.5");

    assertThat(Quantities.canonical(canonical)).isSameAs(canonical);
    assertThat(Quantities.canonical(half)).isNotSameAs(half);
    assertThat(Quantities.canonical(half).toSuffixedString()).isEqualTo("500m");
    assertThat(Quantities.canonical(Quantity.fromString("1.5Gi")).toSuffixedString())
        .isEqualTo("1536Mi");
    assertThat(Quantities.canonical(null)).isNull();
  }
}
