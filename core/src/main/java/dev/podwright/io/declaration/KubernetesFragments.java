package dev.podwright.io.declaration;

import dev.podwright.kubernetes.KubernetesModels;
import dev.podwright.model.ContainerSpec;
import dev.podwright.model.Sidecar;
import dev.podwright.model.Volume;
import io.kubernetes.client.custom.Quantity;
import io.kubernetes.client.openapi.models.V1Container;
import java.util.LinkedHashMap;

/**
 * Binds Kubernetes fragments of a {@link SourceDocument} (a container, a volume, a volume mount, an
 * {@code EnvVarSource}…) to the official models as strictly as the API server does, and turns them
 * into Podwright's model: the binder behind {@link DeclarationReader}, for a host's own platform
 * adapter. Unknown fields fail with "did you mean", a number or boolean is not taken for a string
 * ({@code args: [--port, 8080]} is refused, as kubectl refuses it), and every failure is a {@link
 * DeclarationReadException} at the bad field's path, line and column. Stateless and thread-safe;
 * never mutates its arguments.
 */
public final class KubernetesFragments {

  private KubernetesFragments() {}

  /**
   * Binds a map to an official model class, e.g. {@code read(node, V1VolumeMount.class)}.
   *
   * @throws DeclarationReadException when the node is not a map, has an unknown field or a value of
   *     the wrong type, at that field
   * @throws IllegalArgumentException when the type is not a Kubernetes model class
   */
  public static <T> T read(Node node, Class<T> type) {
    return Models.read(node, type);
  }

  /**
   * Binds a container: Kubernetes fields, with {@code env} either a Kubernetes list or a {@code
   * KEY: value} map; its {@code name} is required.
   *
   * @throws DeclarationReadException when it cannot be bound, at the bad field
   */
  public static V1Container container(Node node) {
    return Models.container(node, new LinkedHashMap<>(), null);
  }

  /**
   * Binds a container as {@link #container(Node)} does; an unnamed one gets the default name.
   *
   * @param defaultName the name of a container written without one, or null to require a name
   * @throws DeclarationReadException when it cannot be bound, at the bad field
   */
  public static V1Container container(Node node, String defaultName) {
    return Models.container(node, new LinkedHashMap<>(), defaultName);
  }

  /**
   * The container as a model spec: every field the model says exactly goes into the spec's own
   * fields, everything else stays in its {@code base}, so nothing is lost.
   */
  public static ContainerSpec containerSpec(V1Container container) {
    return ModelSpecs.spec(KubernetesModels.deepCopy(container));
  }

  /**
   * The container as a sidecar (the emitter's default mode and placement); {@code restartPolicy:
   * Always}, which a native sidecar implies, is dropped.
   */
  public static Sidecar sidecar(V1Container container) {
    return DeclarationReader.sidecar(KubernetesModels.deepCopy(container));
  }

  /**
   * Binds a volume (its {@code name} required) as the matching typed model volume when that says it
   * exactly, else as a raw volume.
   *
   * @throws DeclarationReadException when it cannot be bound, at the bad field
   */
  public static Volume volume(Node node) {
    return ModelSpecs.toModel(Models.volume(node));
  }

  /**
   * A quantity written at the node as a string or a number ({@code 250m}, {@code 1}, {@code 64Mi}).
   *
   * @throws DeclarationReadException when absent or not a quantity
   */
  public static Quantity quantity(Node node) {
    return Models.quantity(node);
  }

  /**
   * The text, derived from the node's value (e.g. a number of megabytes with {@code M} appended),
   * as a quantity.
   *
   * @throws DeclarationReadException at the node when the text is not a quantity
   */
  public static Quantity quantity(Node node, String text) {
    return Models.quantityOf(node, text);
  }
}
