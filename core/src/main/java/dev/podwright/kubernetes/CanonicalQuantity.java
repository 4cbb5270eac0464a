package dev.podwright.kubernetes;

import io.kubernetes.client.custom.Quantity;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * Renders a {@link Quantity} the way the Kubernetes API server does ({@code resource.Quantity}'s
 * canonical form), which {@link Quantity#toSuffixedString()} does not: {@code 1.5Gi} becomes {@code
 * 1536Mi} (not {@code 1610612736}), {@code 0.5} becomes {@code 500m}, {@code 1000} becomes {@code
 * 1k}.
 *
 * <p>The rules, as in the API server:
 *
 * <ul>
 *   <li>values are rounded up (away from zero) to nano precision;
 *   <li>a binary-suffixed quantity ({@code Ki}…{@code Ei}) keeps a binary suffix when it is a whole
 *       number of at least 1024 in magnitude, using the largest power of 1024 that divides it
 *       exactly ({@code 1536Mi}, {@code 1536}); otherwise it is rendered in decimal form;
 *   <li>a decimal quantity drops trailing zeros and uses the largest SI suffix ({@code n u m k M G
 *       T P E}) whose exponent is a multiple of three and keeps the mantissa whole ({@code 1500m},
 *       {@code 1k}, {@code 250m});
 *   <li>an exponent quantity ({@code 1e3}) is rendered as mantissa and exponent, the exponent a
 *       multiple of three ({@code 12e6}, {@code 1500}).
 * </ul>
 *
 * <p>Stateless and thread-safe. Reached through {@link Quantities#canonicalText} and {@link
 * Quantities#canonical}.
 */
final class CanonicalQuantity {

  private static final BigDecimal BINARY_THRESHOLD = BigDecimal.valueOf(1024);
  private static final BigInteger K1024 = BigInteger.valueOf(1024);
  private static final String[] BINARY_SUFFIXES = {"", "Ki", "Mi", "Gi", "Ti", "Pi", "Ei"};

  /** 2^(10 k) for each binary suffix, as the official parser computes it (base 2, DECIMAL64). */
  private static final BigDecimal[] BINARY_POWERS = new BigDecimal[BINARY_SUFFIXES.length];

  /** 10^(3 k) for k from -3 (nano) to 6 (exa), as the official parser computes it. */
  private static final BigDecimal[] DECIMAL_POWERS = new BigDecimal[10];

  private static final int DECIMAL_OFFSET = 3;

  static {
    for (int k = 0; k < BINARY_POWERS.length; k++) {
      BINARY_POWERS[k] = BigDecimal.valueOf(2).pow(10 * k, MathContext.DECIMAL64);
    }
    for (int k = 0; k < DECIMAL_POWERS.length; k++) {
      DECIMAL_POWERS[k] = BigDecimal.TEN.pow(3 * (k - DECIMAL_OFFSET), MathContext.DECIMAL64);
    }
  }

  private CanonicalQuantity() {}

  /**
   * The canonical text of a quantity, e.g. {@code 1536Mi} or {@code 250m}.
   *
   * @throws NullPointerException if the quantity is null
   */
  static String canonical(Quantity quantity) {
    Objects.requireNonNull(quantity, "quantity");
    if (quantity.getNumber() == null) {
      return quantity.toSuffixedString();
    }
    return canonical(
        quantity.getNumber(),
        Objects.requireNonNullElse(quantity.getFormat(), Quantity.Format.DECIMAL_SI));
  }

  /**
   * A quantity equal to the given one whose format is the one the canonical text carries, so that
   * writing it again gives the same text: what {@code Quantity.fromString(canonical(quantity))}
   * gives, computed without parsing text. The quantity itself when it is already that (same number,
   * same scale, same format). Null for null.
   */
  static Quantity canonicalize(Quantity quantity) {
    if (quantity == null || quantity.getNumber() == null) {
      return quantity;
    }
    if (isCanonical(quantity.getNumber(), quantity.getFormat())) {
      return quantity;
    }
    Form form =
        form(
            quantity.getNumber(),
            Objects.requireNonNullElse(quantity.getFormat(), Quantity.Format.DECIMAL_SI));
    BigDecimal number = form.number();
    if (quantity.getFormat() == form.format && quantity.getNumber().equals(number)) {
      return quantity;
    }
    return new Quantity(number, form.format);
  }

  /** 10^15: below it, every power of ten the parser multiplies by is exact in DECIMAL64. */
  private static final long EXACT_LIMIT = 1_000_000_000_000_000L;

  /**
   * True when the quantity certainly is what parsing its canonical text gives, decided without
   * allocating for the quantities the official parser makes of {@code 250m}, {@code 64Mi}, {@code
   * 2}, {@code 1k}: a decimal one whose scale is 0 or the 3, 6 or 9 of {@code m u n} with fewer
   * than three trailing zeros to drop, a binary one that is a whole multiple of 1024 up to {@code
   * Pi}. False means "not known": the full form decides.
   */
  private static boolean isCanonical(BigDecimal number, Quantity.Format format) {
    if (number.precision() > 15) {
      return false;
    }
    int scale = number.scale();
    if (format == Quantity.Format.DECIMAL_SI) {
      if (scale == 0) {
        long value = number.longValue();
        return Math.abs(value) < EXACT_LIMIT;
      }
      if (scale != 3 && scale != 6 && scale != 9) {
        return false;
      }
      long unscaled = number.unscaledValue().longValue();
      return unscaled % 1000 != 0;
    }
    if (format == Quantity.Format.BINARY_SI && scale == 0) {
      long magnitude = Math.abs(number.longValue());
      if (magnitude < 1024 || magnitude % 1024 != 0) {
        return false;
      }
      int power = 0;
      while (power < 5 && magnitude >= 1024 && magnitude % 1024 == 0) {
        magnitude /= 1024;
        power++;
      }
      return magnitude < 1024 || magnitude % 1024 != 0;
    }
    return false;
  }

  /** The canonical text of a number in the given format. */
  static String canonical(BigDecimal number, Quantity.Format format) {
    Form form = form(number, format);
    return form.mantissa + form.suffix;
  }

  /**
   * The canonical form of a number: the whole mantissa and the suffix of its text, and what the
   * official parser makes of that suffix (base, exponent and format).
   */
  private static Form form(BigDecimal number, Quantity.Format format) {
    BigDecimal value = number.scale() > 9 ? number.setScale(9, RoundingMode.UP) : number;
    if (value.signum() == 0) {
      return new Form(BigInteger.ZERO, "", 0, Quantity.Format.DECIMAL_SI);
    }
    Quantity.Format effective = format;
    BigDecimal stripped = value.stripTrailingZeros();
    if (effective == Quantity.Format.BINARY_SI
        && (value.abs().compareTo(BINARY_THRESHOLD) < 0 || stripped.scale() > 0)) {
      effective = Quantity.Format.DECIMAL_SI;
    }
    if (effective == Quantity.Format.BINARY_SI) {
      BigInteger magnitude = stripped.toBigIntegerExact().abs();
      int power = 0;
      while (power < BINARY_SUFFIXES.length - 1
          && magnitude.compareTo(K1024) >= 0
          && magnitude.mod(K1024).signum() == 0) {
        magnitude = magnitude.divide(K1024);
        power++;
      }
      BigInteger mantissa = value.signum() < 0 ? magnitude.negate() : magnitude;
      return power == 0
          ? new Form(mantissa, "", 0, Quantity.Format.DECIMAL_SI)
          : new Form(mantissa, BINARY_SUFFIXES[power], -power, Quantity.Format.BINARY_SI);
    }
    BigInteger mantissa = stripped.unscaledValue();
    int exponent = -stripped.scale();
    int remainder = Math.floorMod(exponent, 3);
    if (remainder != 0) {
      mantissa = mantissa.multiply(BigInteger.TEN.pow(remainder));
      exponent -= remainder;
    }
    String suffix = suffix(exponent, effective);
    Quantity.Format parsed =
        suffix.isEmpty()
            ? Quantity.Format.DECIMAL_SI
            : suffix.charAt(0) == 'e'
                ? Quantity.Format.DECIMAL_EXPONENT
                : Quantity.Format.DECIMAL_SI;
    return new Form(mantissa, suffix, exponent, parsed);
  }

  /**
   * A canonical form. {@code exponent} is a power of ten, or for a binary suffix minus the power of
   * 1024 (so {@code -2} is {@code Mi}).
   */
  private static final class Form {
    final BigInteger mantissa;
    final String suffix;
    final int exponent;
    final Quantity.Format format;

    Form(BigInteger mantissa, String suffix, int exponent, Quantity.Format format) {
      this.mantissa = mantissa;
      this.suffix = suffix;
      this.exponent = exponent;
      this.format = format;
    }

    /** The number the official parser gives for this form's text, by the same arithmetic. */
    BigDecimal number() {
      return new BigDecimal(mantissa).multiply(multiplier());
    }

    private BigDecimal multiplier() {
      if (format == Quantity.Format.BINARY_SI) {
        return BINARY_POWERS[-exponent];
      }
      int index = exponent / 3 + DECIMAL_OFFSET;
      if (exponent % 3 == 0 && index >= 0 && index < DECIMAL_POWERS.length) {
        return DECIMAL_POWERS[index];
      }
      return BigDecimal.TEN.pow(exponent, MathContext.DECIMAL64);
    }
  }

  private static String suffix(int exponent, Quantity.Format format) {
    if (exponent == 0) {
      return "";
    }
    if (format == Quantity.Format.DECIMAL_EXPONENT) {
      return "e" + exponent;
    }
    return switch (exponent) {
      case -9 -> "n";
      case -6 -> "u";
      case -3 -> "m";
      case 3 -> "k";
      case 6 -> "M";
      case 9 -> "G";
      case 12 -> "T";
      case 15 -> "P";
      case 18 -> "E";
      default -> "e" + exponent;
    };
  }
}
