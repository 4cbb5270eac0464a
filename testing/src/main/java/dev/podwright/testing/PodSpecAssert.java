package dev.podwright.testing;

import static dev.podwright.testing.Texts.listOf;
import static dev.podwright.testing.Texts.quote;
import static dev.podwright.testing.Texts.quoteAll;

import com.fasterxml.jackson.databind.JsonNode;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1PodSpec;
import io.kubernetes.client.openapi.models.V1Volume;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a {@link V1PodSpec}. Obtain one with {@link
 * PodSpecAssertions#assertThat(V1PodSpec)}.
 *
 * <p>Container lookups ({@link #hasContainer}, {@link #container}) search {@code containers} and
 * {@code initContainers}. A <em>sidecar</em> ({@link #hasSidecar}) is either native (an entry of
 * {@code initContainers} with {@code restartPolicy: Always}) or classic (an entry of {@code
 * containers} other than the main container). The main container is the first entry of {@code
 * containers} unless {@link #withMainContainer} names another.
 */
public final class PodSpecAssert extends AbstractAssert<PodSpecAssert, V1PodSpec> {

  /** At most this many differing paths are listed. */
  private static final int MAX_LINES = 50;

  private String mainContainer;

  PodSpecAssert(V1PodSpec actual) {
    super(actual, PodSpecAssert.class);
  }

  /**
   * Names the main container, the one that is never a classic sidecar. Without it the first entry
   * of {@code containers} is the main container.
   */
  public PodSpecAssert withMainContainer(String name) {
    this.mainContainer = Objects.requireNonNull(name, "name");
    return myself;
  }

  /**
   * Verifies the spec has a sidecar of that name, native or classic, wherever it was placed.
   *
   * @return assertions on the sidecar
   */
  public SidecarAssert hasSidecar(String name) {
    isNotNull();
    ContainerPlace init = find(name, true);
    if (init != null) {
      V1Container container = actual.getInitContainers().get(init.index());
      if (!"Always".equals(container.getRestartPolicy())) {
        failWithMessage(
            "%s",
            "expected spec to have a sidecar "
                + quote(name)
                + " but "
                + init.path()
                + " is an init container with restartPolicy "
                + quote(container.getRestartPolicy())
                + ", not \"Always\"");
      }
      return new SidecarAssert(container, init);
    }
    ContainerPlace regular = find(name, false);
    if (regular != null) {
      String main = mainContainerName();
      if (name.equals(main)) {
        failWithMessage(
            "%s",
            "expected spec to have a sidecar "
                + quote(name)
                + " but "
                + regular.path()
                + " is the main container"
                + (mainContainer == null
                    ? " (the first of containers; name another with withMainContainer)"
                    : ""));
      }
      return new SidecarAssert(actual.getContainers().get(regular.index()), regular);
    }
    failWithMessage(
        "%s",
        "expected spec to have a sidecar "
            + quote(name)
            + " but its init containers are "
            + quoteAll(names(actual.getInitContainers()))
            + " and containers are "
            + quoteAll(names(actual.getContainers())));
    return null;
  }

  /**
   * Verifies the spec has a container of that name in {@code containers} or {@code initContainers}.
   *
   * @return assertions on that container
   */
  public ContainerAssert hasContainer(String name) {
    isNotNull();
    ContainerPlace place = find(name, false);
    if (place == null) {
      place = find(name, true);
    }
    if (place == null) {
      failWithMessage(
          "%s",
          "expected spec to have a container "
              + quote(name)
              + " but its containers are "
              + quoteAll(names(actual.getContainers()))
              + " and init containers are "
              + quoteAll(names(actual.getInitContainers())));
    }
    return new ContainerAssert(containerAt(place), place);
  }

  /** The same as {@link #hasContainer(String)}; reads better before container assertions. */
  public ContainerAssert container(String name) {
    return hasContainer(name);
  }

  /**
   * Verifies the spec has an entry of that name in {@code initContainers} (plain or native
   * sidecar).
   *
   * @return assertions on that init container
   */
  public ContainerAssert hasInitContainer(String name) {
    isNotNull();
    ContainerPlace place = find(name, true);
    if (place == null) {
      failWithMessage(
          "%s",
          "expected spec to have an init container "
              + quote(name)
              + " but its init containers are "
              + quoteAll(names(actual.getInitContainers())));
    }
    return new ContainerAssert(containerAt(place), place);
  }

  /** Verifies neither {@code containers} nor {@code initContainers} has an entry of that name. */
  public PodSpecAssert hasNoContainer(String name) {
    isNotNull();
    ContainerPlace place = find(name, false);
    if (place == null) {
      place = find(name, true);
    }
    if (place != null) {
      failWithMessage(
          "%s",
          "expected spec to have no container " + quote(name) + " but " + place.path() + " is");
    }
    return myself;
  }

  /**
   * Verifies the spec declares a volume of that name.
   *
   * @return assertions on that volume
   */
  public VolumeAssert hasVolume(String name) {
    isNotNull();
    List<V1Volume> volumes = actual.getVolumes() == null ? List.of() : actual.getVolumes();
    for (int i = 0; i < volumes.size(); i++) {
      V1Volume volume = volumes.get(i);
      if (volume != null && Objects.equals(name, volume.getName())) {
        return new VolumeAssert(volume, this, "spec.volumes[" + i + "]");
      }
    }
    failWithMessage(
        "%s",
        "expected spec to have a volume "
            + quote(name)
            + " but its volumes are "
            + quoteAll(listOf(volumes).stream().map(V1Volume::getName).toList()));
    return null;
  }

  /** Verifies the spec declares no volume of that name. */
  public PodSpecAssert hasNoVolume(String name) {
    isNotNull();
    List<V1Volume> volumes = actual.getVolumes() == null ? List.of() : actual.getVolumes();
    for (int i = 0; i < volumes.size(); i++) {
      V1Volume volume = volumes.get(i);
      if (volume != null && Objects.equals(name, volume.getName())) {
        failWithMessage(
            "%s",
            "expected spec to have no volume " + quote(name) + " but spec.volumes[" + i + "] is");
      }
    }
    return myself;
  }

  /**
   * Verifies the spec means the same as another: order is ignored where Kubernetes ignores it
   * (volumes, ports, volume mounts, envFrom, map keys, and the other lists {@link SpecTrees} names)
   * and respected where it matters (containers, init containers, env), empty and absent are the
   * same, and quantities compare by value ({@code 1000m} equals {@code 1}). The failure lists every
   * differing path.
   */
  public PodSpecAssert isEquivalentTo(V1PodSpec expected) {
    isNotNull();
    Objects.requireNonNull(expected, "expected spec");
    compare(SpecTrees.normalise(expected), "to be equivalent to the expected spec", "");
    return myself;
  }

  /**
   * Verifies the spec is equivalent (as in {@link #isEquivalentTo}) to the pod spec in a YAML
   * classpath resource, e.g. {@code golden/pod.yaml}. With the system property {@code
   * podwright.updateGoldens=true} the file {@code src/test/resources/<resource>} (relative to the
   * working directory) is (re)written from the spec instead, and the assertion passes.
   */
  public PodSpecAssert matchesYaml(String resource) {
    return matchesYaml(resource, Path.of("src", "test", "resources"));
  }

  /**
   * Verifies the spec is equivalent (as in {@link #isEquivalentTo}) to the pod spec in a YAML file.
   * With the system property {@code podwright.updateGoldens=true} the file is (re)written from the
   * spec instead, and the assertion passes.
   */
  public PodSpecAssert matchesYaml(Path file) {
    isNotNull();
    Objects.requireNonNull(file, "file");
    if (GoldenFiles.updating()) {
      GoldenFiles.write(file, actual);
      return myself;
    }
    V1PodSpec golden = GoldenFiles.readFile(file);
    if (golden == null) {
      failWithMessage(
          "%s",
          "expected spec to match golden file "
              + file
              + " but it does not exist"
              + GoldenFiles.UPDATE_HINT);
    }
    compare(SpecTrees.normalise(golden), "to match golden file " + file, GoldenFiles.UPDATE_HINT);
    return myself;
  }

  /** {@link #matchesYaml(String)} with the directory updates are written to. */
  PodSpecAssert matchesYaml(String resource, Path updateRoot) {
    isNotNull();
    Objects.requireNonNull(resource, "resource");
    if (GoldenFiles.updating()) {
      GoldenFiles.write(updateRoot.resolve(resource), actual);
      return myself;
    }
    V1PodSpec golden = GoldenFiles.readResource(resource);
    if (golden == null) {
      failWithMessage(
          "%s",
          "expected spec to match golden resource "
              + resource
              + " but it is not on the classpath"
              + GoldenFiles.UPDATE_HINT);
    }
    compare(
        SpecTrees.normalise(golden),
        "to match golden resource " + resource,
        GoldenFiles.UPDATE_HINT);
    return myself;
  }

  private void compare(JsonNode expected, String what, String trailer) {
    JsonNode actualTree = SpecTrees.normalise(actual);
    List<String> differences = SpecTrees.diff(expected, actualTree);
    if (differences.isEmpty()) {
      return;
    }
    StringBuilder message = new StringBuilder("expected spec ").append(what).append(" but ");
    message
        .append(differences.size())
        .append(differences.size() == 1 ? " path differs:" : " paths differ:");
    for (String difference : differences.subList(0, Math.min(MAX_LINES, differences.size()))) {
      message.append("\n  ").append(difference);
    }
    if (differences.size() > MAX_LINES) {
      message.append("\n  ... and ").append(differences.size() - MAX_LINES).append(" more");
    }
    message.append(trailer);
    failWithActualExpectedAndMessage(
        SpecTrees.toYaml(actualTree), SpecTrees.toYaml(expected), "%s", message.toString());
  }

  /** The name of the main container: the one named, else the first entry of containers. */
  String mainContainerName() {
    if (mainContainer != null) {
      return mainContainer;
    }
    List<V1Container> containers = listOf(actual.getContainers());
    return containers.isEmpty() ? null : containers.get(0).getName();
  }

  private V1Container containerAt(ContainerPlace place) {
    List<V1Container> list = place.init() ? actual.getInitContainers() : actual.getContainers();
    return list.get(place.index());
  }

  /** Finds a container by name in one of the two lists; null when absent. */
  ContainerPlace find(String name, boolean init) {
    List<V1Container> list = init ? actual.getInitContainers() : actual.getContainers();
    if (list == null || name == null) {
      return null;
    }
    for (int i = 0; i < list.size(); i++) {
      V1Container container = list.get(i);
      if (container != null && name.equals(container.getName())) {
        return new ContainerPlace(this, actual, init, i);
      }
    }
    return null;
  }

  static List<String> names(List<V1Container> containers) {
    return listOf(containers).stream().map(V1Container::getName).toList();
  }
}
