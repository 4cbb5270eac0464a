package dev.podwright.validation.rules.resources;

import dev.podwright.kubernetes.Quantities;
import io.kubernetes.client.custom.Quantity;
import java.math.BigDecimal;
import java.util.Optional;

/** Internal support: whether a byte quantity has a fractional part ({@code 4m}). */
public final class FractionalBytes {

  private FractionalBytes() {}

  /** True when the quantity has a value that is not a whole number. Never throws. */
  public static boolean isFractional(Quantity quantity) {
    Optional<BigDecimal> value = Quantities.value(quantity);
    return value.isPresent() && !Resources.isInteger(value.get());
  }

  /** How the quantity prints, never throwing. */
  public static String render(Quantity quantity) {
    return Resources.render(quantity);
  }
}
