package dev.podwright.kubernetes;

import io.kubernetes.client.custom.Quantity;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * The one safe wrapper around the official {@link Quantity} parser, which throws unchecked
 * exceptions other than its own on some inputs ({@code "m"}, {@code "Ki"}).
 */
public final class Quantities {

  /**
   * The API server keeps quantities within int64 of their smallest unit; anything beyond this is
   * refused before it is expanded (a 1e999 would otherwise be printed with a thousand digits).
   */
  private static final BigDecimal LARGEST = new BigDecimal("1e30");

  private Quantities() {}

  /**
   * Parses a quantity such as {@code 250m}, {@code 64Mi} or {@code 1.5}; empty when the text is
   * null or not a quantity the API server accepts. Never throws.
   */
  public static Optional<Quantity> parse(String text) {
    if (text == null || text.length() > 64 || !hasQuantitySyntax(text)) {
      return Optional.empty();
    }
    try {
      Quantity quantity = Quantity.fromString(text);
      BigDecimal number = quantity.getNumber();
      if (number == null || number.abs().compareTo(LARGEST) > 0) {
        return Optional.empty();
      }
      return Optional.of(quantity);
    } catch (RuntimeException notAQuantity) {
      return Optional.empty();
    }
  }

  /**
   * The grammar of the API server's resource.Quantity: an optional sign, digits with an optional
   * fraction, then nothing, an exponent ({@code e3}, {@code E-2}) or one suffix of {@code Ki Mi Gi
   * Ti Pi Ei n u m k M G T P E}. Hand-written because a regex costs a cold JVM several milliseconds
   * on first use (see docs/architecture.md).
   */
  static boolean hasQuantitySyntax(String text) {
    int at = 0;
    int length = text.length();
    if (at < length && (text.charAt(at) == '+' || text.charAt(at) == '-')) {
      at++;
    }
    int whole = digits(text, at);
    at += whole;
    if (at < length && text.charAt(at) == '.') {
      int fraction = digits(text, at + 1);
      if (whole == 0 && fraction == 0) {
        return false;
      }
      at += 1 + fraction;
    } else if (whole == 0) {
      return false;
    }
    return at == length || isSuffix(text, at);
  }

  /** True when the rest of the text from {@code at} is one exponent or one unit suffix. */
  private static boolean isSuffix(String text, int at) {
    char first = text.charAt(at);
    int rest = text.length() - at;
    if (first == 'e' || first == 'E') {
      int sign = at + 1 < text.length() && "+-".indexOf(text.charAt(at + 1)) >= 0 ? 1 : 0;
      int exponent = digits(text, at + 1 + sign);
      if (exponent >= 1 && exponent <= 3 && at + 1 + sign + exponent == text.length()) {
        return true;
      }
    }
    if (rest == 1) {
      return "numkMGTPE".indexOf(first) >= 0;
    }
    return rest == 2 && text.charAt(at + 1) == 'i' && "KMGTPE".indexOf(first) >= 0;
  }

  /** How many ASCII digits start at {@code from}. */
  private static int digits(String text, int from) {
    int end = from;
    while (end < text.length() && text.charAt(end) >= '0' && text.charAt(end) <= '9') {
      end++;
    }
    return end - from;
  }

  /**
   * Parses a quantity the caller supplied.
   *
   * @throws IllegalArgumentException naming the text and the expected form
   */
  public static Quantity require(String text) {
    Optional<Quantity> parsed = parse(text);
    if (parsed.isEmpty()) {
      throw new IllegalArgumentException(
          "not a Kubernetes quantity: \""
              + text
              + "\"; expected a number with an optional suffix, e.g. 250m, 1, 64Mi, 1Gi");
    }
    return parsed.get();
  }

  /** The numeric value of a quantity, empty when it has none. Never throws. */
  public static Optional<BigDecimal> value(Quantity quantity) {
    return quantity == null ? Optional.empty() : Optional.ofNullable(quantity.getNumber());
  }

  /** True when both quantities have the same value ({@code 1000m} equals {@code 1}). */
  public static boolean sameValue(Quantity a, Quantity b) {
    Optional<BigDecimal> left = value(a);
    Optional<BigDecimal> right = value(b);
    return left.isPresent() && right.isPresent() && left.get().compareTo(right.get()) == 0;
  }

  /**
   * The canonical text of a quantity as the API server prints it, e.g. {@code 1536Mi} for {@code
   * 1.5Gi}, {@code 500m} for {@code 0.5}, {@code 1k} for {@code 1000}.
   *
   * @throws NullPointerException if the quantity is null
   */
  public static String canonicalText(Quantity quantity) {
    return CanonicalQuantity.canonical(quantity);
  }

  /**
   * A quantity equal in value to the given one, parsed from its {@linkplain #canonicalText
   * canonical text}, so that two quantities of one value written alike are {@code equals}. Null for
   * null.
   */
  public static Quantity canonical(Quantity quantity) {
    return CanonicalQuantity.canonicalize(quantity);
  }
}
