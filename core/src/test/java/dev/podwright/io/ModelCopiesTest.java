package dev.podwright.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubernetes.client.custom.IntOrString;
import io.kubernetes.client.custom.Quantity;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1HTTPGetAction;
import io.kubernetes.client.openapi.models.V1Probe;
import io.kubernetes.client.openapi.models.V1ResourceRequirements;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ModelCopiesTest {

  @Test
  void copiesDeeplyIncludingQuantitiesAndIntOrString() {
    V1Container original =
        new V1Container()
            .name("proxy")
            .image("envoy:1.30")
            .resources(
                new V1ResourceRequirements().requests(Map.of("cpu", Quantity.fromString("250m"))))
            .readinessProbe(
                new V1Probe()
                    .httpGet(new V1HTTPGetAction().path("/ready").port(new IntOrString("admin"))));

    V1Container copy = ModelCopies.deepCopy(original);

    assertThat(copy).isEqualTo(original).isNotSameAs(original);
    assertThat(copy.getReadinessProbe()).isNotSameAs(original.getReadinessProbe());
    copy.getReadinessProbe().getHttpGet().setPath("/changed");
    assertThat(original.getReadinessProbe().getHttpGet().getPath()).isEqualTo("/ready");
  }

  @Test
  void copiesNullAsNull() {
    assertThat(ModelCopies.deepCopy((V1Container) null)).isNull();
  }
}
