package dev.podwright.validation.rules;

import dev.podwright.io.KubernetesJackson;
import io.kubernetes.client.openapi.models.V1PodSpec;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Pod specs for rule tests, written as JSON with single quotes; test support. */
public final class JsonSpecs {

  private JsonSpecs() {}

  /**
   * A spec with one container {@code app} (image busybox:1.36) and the given further fields, e.g.
   * {@code "'hostPID':true"}; single quotes stand for double quotes.
   */
  public static V1PodSpec spec(String fields) {
    String json = "{'containers':[{'name':'app','image':'busybox:1.36'}]," + fields + "}";
    try {
      return KubernetesJackson.jsonMapper().readValue(json.replace('\'', '"'), V1PodSpec.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
