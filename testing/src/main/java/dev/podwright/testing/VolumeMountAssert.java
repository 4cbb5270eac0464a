package dev.podwright.testing;

import static dev.podwright.testing.Texts.quote;
import static dev.podwright.testing.Texts.quoteAll;

import io.kubernetes.client.openapi.models.V1VolumeMount;
import java.util.List;
import java.util.Objects;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on how a container mounts a volume. Obtain one with {@link
 * AbstractContainerAssert#mounts}.
 *
 * @param <C> the container assertion {@link #and()} returns to
 */
public final class VolumeMountAssert<C extends AbstractContainerAssert<C>>
    extends AbstractAssert<VolumeMountAssert<C>, V1VolumeMount> {

  private final C container;
  private final String volume;
  private final List<Integer> candidates;
  private final int index;

  VolumeMountAssert(C container, String volume, List<Integer> candidates, int index) {
    super(container.container().getVolumeMounts().get(index), VolumeMountAssert.class);
    this.container = container;
    this.volume = volume;
    this.candidates = List.copyOf(candidates);
    this.index = index;
  }

  /** Back to the assertions on the container. */
  public C and() {
    return container;
  }

  /**
   * Verifies the volume is mounted at this path; when the container mounts the volume more than
   * once, the following assertions apply to the mount at this path.
   */
  public VolumeMountAssert<C> at(String mountPath) {
    List<V1VolumeMount> mounts = container.container().getVolumeMounts();
    for (int candidate : candidates) {
      if (Objects.equals(mountPath, mounts.get(candidate).getMountPath())) {
        return new VolumeMountAssert<>(container, volume, candidates, candidate);
      }
    }
    container.fail(
        "to mount "
            + quote(volume)
            + " at "
            + quote(mountPath)
            + " but it mounts it at "
            + quoteAll(candidates.stream().map(i -> mounts.get(i).getMountPath()).toList()));
    return this;
  }

  /** Verifies the mount is read-only. */
  public VolumeMountAssert<C> readOnly() {
    if (!Boolean.TRUE.equals(actual.getReadOnly())) {
      failWithMessage("%s", "expected " + subject() + " to be read-only but it is read-write");
    }
    return myself;
  }

  /** Verifies the mount is writable (readOnly unset or false). */
  public VolumeMountAssert<C> readWrite() {
    if (Boolean.TRUE.equals(actual.getReadOnly())) {
      failWithMessage("%s", "expected " + subject() + " to be read-write but it is read-only");
    }
    return myself;
  }

  /** Verifies the mount shows only this sub-path of the volume. */
  public VolumeMountAssert<C> withSubPath(String subPath) {
    if (!Objects.equals(subPath, actual.getSubPath())) {
      failWithMessage(
          "%s",
          "expected "
              + subject()
              + " to use subPath "
              + quote(subPath)
              + " but "
              + (actual.getSubPath() == null || actual.getSubPath().isEmpty()
                  ? "it mounts the whole volume"
                  : "it uses " + quote(actual.getSubPath())));
    }
    return myself;
  }

  /** {@code mount of "logs" at "/var/log" (spec.containers[0].volumeMounts[1])}. */
  private String subject() {
    ContainerPlace place = container.place;
    return "mount of "
        + quote(volume)
        + " at "
        + quote(actual.getMountPath())
        + " ("
        + (place == null
            ? "container " + quote(container.container().getName()) + " "
            : place.path() + ".")
        + "volumeMounts["
        + index
        + "])";
  }
}
