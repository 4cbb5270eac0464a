package dev.podwright.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kubernetes.client.custom.IntOrString;
import io.kubernetes.client.custom.Quantity;
import io.kubernetes.client.openapi.JSON;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1ContainerPort;
import io.kubernetes.client.openapi.models.V1HTTPGetAction;
import io.kubernetes.client.openapi.models.V1PodSpec;
import io.kubernetes.client.openapi.models.V1Probe;
import io.kubernetes.client.openapi.models.V1ResourceRequirements;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The parent pom excludes OkHttp (and with it Okio and the Kotlin stdlib) from client-java-api: the
 * models, Jackson and the official Gson {@link JSON} must work without them.
 */
class ModelsWithoutHttpStackTest {

  @Test
  void httpStackIsNotOnTheClasspath() {
    assertThatThrownBy(() -> Class.forName("okhttp3.OkHttpClient"))
        .isInstanceOf(ClassNotFoundException.class);
    assertThatThrownBy(() -> Class.forName("kotlin.Unit"))
        .isInstanceOf(ClassNotFoundException.class);
  }

  @Test
  void modelsBuildCompareAndRoundTripThroughJacksonAndGson() throws Exception {
    V1PodSpec spec = spec();
    assertThat(spec).isEqualTo(spec()).isNotSameAs(spec());

    String jackson = KubernetesJackson.jsonMapper().writeValueAsString(spec);
    assertThat(KubernetesJackson.jsonMapper().readValue(jackson, V1PodSpec.class)).isEqualTo(spec);

    String gson = JSON.serialize(spec);
    V1PodSpec fromGson = new JSON().deserialize(gson, V1PodSpec.class);
    assertThat(fromGson).isEqualTo(spec);
    assertThat(V1PodSpec.fromJson(jackson)).isEqualTo(spec);
  }

  private static V1PodSpec spec() {
    return new V1PodSpec()
        .containers(
            List.of(
                new V1Container()
                    .name("app")
                    .image("nginx:1.27")
                    .ports(List.of(new V1ContainerPort().name("http").containerPort(8080)))
                    .resources(
                        new V1ResourceRequirements()
                            .requests(Map.of("cpu", Quantity.fromString("250m"))))
                    .readinessProbe(
                        new V1Probe()
                            .httpGet(new V1HTTPGetAction().port(new IntOrString("http"))))));
  }
}
