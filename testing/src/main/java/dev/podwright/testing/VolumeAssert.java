package dev.podwright.testing;

import static dev.podwright.testing.Texts.quote;

import com.fasterxml.jackson.databind.JsonNode;
import dev.podwright.io.KubernetesJackson;
import dev.podwright.kubernetes.Quantities;
import io.kubernetes.client.custom.Quantity;
import io.kubernetes.client.openapi.models.V1EmptyDirVolumeSource;
import io.kubernetes.client.openapi.models.V1Volume;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a volume and its source. Obtain one with {@link PodSpecAssert#hasVolume} or {@link
 * PodSpecAssertions#assertThat(V1Volume)}.
 *
 * <p>A volume without any source counts as an {@code emptyDir}, as the API server defaults it.
 */
public final class VolumeAssert extends AbstractAssert<VolumeAssert, V1Volume> {

  private final PodSpecAssert owner;
  private final String path;

  VolumeAssert(V1Volume actual, PodSpecAssert owner, String path) {
    super(actual, VolumeAssert.class);
    this.owner = owner;
    this.path = path;
  }

  /**
   * Back to the assertions on the spec this volume was found in.
   *
   * @throws IllegalStateException when the volume was asserted on its own
   */
  public PodSpecAssert and() {
    if (owner == null) {
      throw new IllegalStateException(
          "this volume was not reached from a pod spec; start with assertThat(spec)");
    }
    return owner;
  }

  /** Verifies the volume is an {@code emptyDir} (or has no source, which defaults to one). */
  public VolumeAssert isEmptyDir() {
    isNotNull();
    if (!sources().isEmpty() && actual.getEmptyDir() == null) {
      fail("to be an emptyDir but it is " + describeSource());
    }
    return myself;
  }

  /**
   * Verifies the emptyDir's storage medium: {@code "Memory"} for tmpfs, {@code ""} for the node's
   * default (unset).
   */
  public VolumeAssert withMedium(String medium) {
    isEmptyDir();
    String had = emptyDir().getMedium();
    if (!Objects.equals(blankToEmpty(medium), blankToEmpty(had))) {
      fail(
          "to have medium "
              + quote(medium)
              + " but it has "
              + (blankToEmpty(had).isEmpty() ? "the node's default medium" : quote(had)));
    }
    return myself;
  }

  /**
   * Verifies the emptyDir's size limit, compared by value ({@code 64Mi} equals {@code 65536Ki}).
   *
   * @throws IllegalArgumentException when {@code sizeLimit} is not a Kubernetes quantity
   */
  public VolumeAssert withSizeLimit(String sizeLimit) {
    Quantity wanted = Quantities.require(sizeLimit);
    isEmptyDir();
    Quantity had = emptyDir().getSizeLimit();
    if (had == null) {
      fail("to have size limit " + sizeLimit + " but it has none");
    } else if (!Quantities.sameValue(wanted, had)) {
      fail("to have size limit " + sizeLimit + " but it has " + had.toSuffixedString());
    }
    return myself;
  }

  /** Verifies the volume projects the config map of that name. */
  public VolumeAssert isConfigMap(String name) {
    isNotNull();
    if (actual.getConfigMap() == null || !Objects.equals(name, actual.getConfigMap().getName())) {
      fail("to be configMap " + quote(name) + " but it is " + describeSource());
    }
    return myself;
  }

  /** Verifies the volume projects the secret of that name. */
  public VolumeAssert isSecret(String secretName) {
    isNotNull();
    if (actual.getSecret() == null
        || !Objects.equals(secretName, actual.getSecret().getSecretName())) {
      fail("to be secret " + quote(secretName) + " but it is " + describeSource());
    }
    return myself;
  }

  /** Verifies the volume mounts the persistent volume claim of that name. */
  public VolumeAssert isPersistentVolumeClaim(String claimName) {
    isNotNull();
    if (actual.getPersistentVolumeClaim() == null
        || !Objects.equals(claimName, actual.getPersistentVolumeClaim().getClaimName())) {
      fail("to be persistentVolumeClaim " + quote(claimName) + " but it is " + describeSource());
    }
    return myself;
  }

  /** Verifies the volume is the node directory at this path. */
  public VolumeAssert isHostPath(String hostPath) {
    isNotNull();
    if (actual.getHostPath() == null || !Objects.equals(hostPath, actual.getHostPath().getPath())) {
      fail("to be hostPath " + quote(hostPath) + " but it is " + describeSource());
    }
    return myself;
  }

  private V1EmptyDirVolumeSource emptyDir() {
    return actual.getEmptyDir() == null ? new V1EmptyDirVolumeSource() : actual.getEmptyDir();
  }

  private void fail(String rest) {
    failWithMessage(
        "%s",
        "expected volume "
            + quote(actual.getName())
            + (path == null ? "" : " (" + path + ")")
            + " "
            + rest);
  }

  /** The source fields set on the volume, in model order (e.g. {@code [configMap]}). */
  private List<String> sources() {
    JsonNode tree = KubernetesJackson.jsonMapper().valueToTree(actual);
    List<String> fields = new ArrayList<>();
    for (Iterator<String> names = tree.fieldNames(); names.hasNext(); ) {
      String field = names.next();
      if (!field.equals("name")) {
        fields.add(field);
      }
    }
    return fields;
  }

  /** {@code configMap "app"}, {@code secret "creds"}, {@code emptyDir}, {@code nfs}, ... */
  private String describeSource() {
    List<String> sources = sources();
    if (sources.isEmpty()) {
      return "an emptyDir (no source given)";
    }
    List<String> described = new ArrayList<>();
    for (String source : sources) {
      described.add(
          switch (source) {
            case "configMap" -> "configMap " + quote(actual.getConfigMap().getName());
            case "secret" -> "secret " + quote(actual.getSecret().getSecretName());
            case "persistentVolumeClaim" ->
                "persistentVolumeClaim " + quote(actual.getPersistentVolumeClaim().getClaimName());
            case "hostPath" -> "hostPath " + quote(actual.getHostPath().getPath());
            case "emptyDir" -> "an emptyDir";
            default -> "a " + source + " volume";
          });
    }
    return String.join(" and ", described);
  }

  private static String blankToEmpty(String text) {
    return text == null ? "" : text;
  }
}
