package dev.podwright.io;

import dev.podwright.kubernetes.Quantities;
import io.kubernetes.client.custom.Quantity;

/**
 * Renders a {@link Quantity} the way the Kubernetes API server does ({@code resource.Quantity}'s
 * canonical form), which {@link Quantity#toSuffixedString()} does not: {@code 1.5Gi} becomes {@code
 * 1536Mi} (not {@code 1610612736}), {@code 0.5} becomes {@code 500m}, {@code 1000} becomes {@code
 * 1k}. The rules live in {@link Quantities#canonicalText}; this class keeps the I/O entry points.
 *
 * <p>Stateless and thread-safe.
 */
public final class QuantityFormat {

  private QuantityFormat() {}

  /**
   * The canonical text of a quantity, e.g. {@code 1536Mi} or {@code 250m}.
   *
   * @throws NullPointerException if the quantity is null
   */
  public static String canonical(Quantity quantity) {
    return Quantities.canonicalText(quantity);
  }

  /**
   * A quantity equal to the given one whose format is the one the canonical text carries, so that
   * writing it again gives the same text. Null for null.
   */
  public static Quantity canonicalize(Quantity quantity) {
    return Quantities.canonical(quantity);
  }
}
