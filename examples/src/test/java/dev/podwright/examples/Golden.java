package dev.podwright.examples;

import dev.podwright.io.PodSpecWriter;
import io.kubernetes.client.openapi.models.V1PodSpec;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Expected pod specs, as YAML files under {@code src/test/resources/expected/}. */
public final class Golden {

  private Golden() {}

  /** The expected YAML of the named file. */
  public static String expected(String name) {
    try (InputStream in = Golden.class.getResourceAsStream("/expected/" + name + ".yaml")) {
      if (in == null) {
        throw new IllegalArgumentException("no expected file " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException cannotRead) {
      throw new UncheckedIOException(cannotRead);
    }
  }

  /** The spec as the YAML the golden files hold. */
  public static String yaml(V1PodSpec spec) {
    return PodSpecWriter.toYaml(spec);
  }
}
