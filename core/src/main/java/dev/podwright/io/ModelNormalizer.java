package dev.podwright.io;

import dev.podwright.kubernetes.KubernetesModels;
import io.kubernetes.client.custom.Quantity;
import java.util.Objects;

/**
 * Canonical copies of the official Kubernetes model objects, so that two objects that mean the same
 * thing are {@code equals}.
 *
 * <p>The official V1 models start every list as an empty {@code ArrayList} while Podwright's
 * emitter leaves unset lists null, and {@code equals} tells {@code null} from {@code []}. The
 * canonical form settles this: every empty list and every empty map, at any depth, becomes null,
 * and every {@link Quantity} is re-created from its canonical text ({@link QuantityFormat}). Empty
 * strings and empty objects ({@code emptyDir: {}}) are kept: they carry meaning.
 *
 * <p>{@code ManifestReader} returns canonical specs, and for any spec {@code
 * read(write(spec)).equals(canonical(spec))}. The canonical form is {@link
 * KubernetesModels#canonicalCopy}'s. Stateless and thread-safe.
 */
public final class ModelNormalizer {

  private ModelNormalizer() {}

  /**
   * A canonical deep copy of a model object (or null for null); the argument is not changed.
   *
   * @throws IllegalArgumentException if the object is not a Kubernetes model, naming its class
   */
  public static <T> T canonical(T model) {
    return KubernetesModels.canonicalCopy(model);
  }

  /**
   * True when two model objects mean the same thing: their canonical forms are equal (so {@code
   * null} and empty lists, {@code 1Gi} and {@code 1024Mi} do not tell them apart).
   */
  public static boolean sameMeaning(Object a, Object b) {
    return Objects.equals(canonical(a), canonical(b));
  }
}
