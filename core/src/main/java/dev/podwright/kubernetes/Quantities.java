package dev.podwright.kubernetes;

import io.kubernetes.client.custom.Quantity;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one safe wrapper around the official {@link Quantity} parser, which throws unchecked
 * exceptions other than its own on some inputs ({@code "m"}, {@code "Ki"}).
 */
public final class Quantities {

  /** The grammar of the API server's resource.Quantity (sign, digits, optional suffix). */
  private static final Pattern SYNTAX =
      Pattern.compile(
          "[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d{1,3}|Ki|Mi|Gi|Ti|Pi|Ei|n|u|m|k|M|G|T|P|E)?");

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
    if (text == null || text.length() > 64 || !SYNTAX.matcher(text).matches()) {
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
}
