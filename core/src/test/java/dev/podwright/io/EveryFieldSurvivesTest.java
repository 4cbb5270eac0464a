package dev.podwright.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import io.kubernetes.client.custom.IntOrString;
import io.kubernetes.client.custom.Quantity;
import io.kubernetes.client.openapi.JSON;
import io.kubernetes.client.openapi.models.V1PodSpec;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A V1PodSpec with every property of every reachable model set (to a bounded depth) survives our
 * writer and reader, and the official Gson reads our JSON to the same spec.
 */
class EveryFieldSurvivesTest {

  private static final int MAX_DEPTH = 12;
  private final ObjectMapper mapper = KubernetesJackson.jsonMapper();
  private int counter;

  @Test
  void everyFieldSurvivesWriteAndRead() throws Exception {
    V1PodSpec spec = (V1PodSpec) fill(V1PodSpec.class, 0);
    V1PodSpec canonical = ModelNormalizer.canonical(spec);
    ManifestReader reader = new ManifestReader();

    assertThat(spec.getContainers().get(0).getResources().getLimits()).isNotEmpty();
    assertThat(reader.readPodSpec(PodSpecWriter.toYaml(spec))).isEqualTo(canonical);
    assertThat(reader.readPodSpec(PodSpecWriter.toJson(spec))).isEqualTo(canonical);
    assertThat(reader.read(PodSpecWriter.podYaml("everything", spec)).get(0).podSpec())
        .isEqualTo(canonical);
    V1PodSpec viaGson = new JSON().deserialize(PodSpecWriter.toJson(spec), V1PodSpec.class);
    assertThat(PodSpecWriter.toYaml(viaGson)).isEqualTo(PodSpecWriter.toYaml(spec));
    assertThat(PodSpecWriter.toYaml(spec)).contains("creationTimestamp: \"2026-01-02T03:04:05Z\"");
    assertThat(ModelNormalizer.canonical(viaGson)).isEqualTo(canonical);
  }

  private Object fill(Class<?> type, int depth) throws Exception {
    Object model = type.getConstructor().newInstance();
    if (depth >= MAX_DEPTH) {
      return model;
    }
    BeanDescription description =
        mapper.getDeserializationConfig().introspect(mapper.constructType(type));
    for (BeanPropertyDefinition property : description.findProperties()) {
      // the official Gson drops metadata.managedFields entries when reading (observed with
      // client-java 27); they only occur in an ephemeral volume's claim template metadata here
      if (property.hasSetter() && !property.getName().equals("managedFields")) {
        Object value = sample(property.getPrimaryType(), depth + 1);
        if (value != null) {
          property.getSetter().callOnWith(model, value);
        }
      }
    }
    return model;
  }

  private Object sample(JavaType type, int depth) throws Exception {
    Class<?> raw = type.getRawClass();
    counter++;
    if (raw == String.class) {
      return "v" + counter;
    }
    if (raw == Integer.class || raw == int.class) {
      return counter;
    }
    if (raw == Long.class || raw == long.class) {
      return (long) counter * 1000;
    }
    if (raw == Boolean.class || raw == boolean.class) {
      return counter % 2 == 0;
    }
    if (raw == Double.class || raw == double.class) {
      return counter + 0.5;
    }
    if (raw == Quantity.class) {
      return Quantity.fromString(counter % 2 == 0 ? "1.5Gi" : "0.25");
    }
    if (raw == IntOrString.class) {
      return counter % 2 == 0 ? new IntOrString(counter) : new IntOrString("port" + counter);
    }
    if (raw == OffsetDateTime.class) {
      return OffsetDateTime.parse("2026-01-02T03:04:05Z");
    }
    if (type.isCollectionLikeType()) {
      Object element = sample(type.getContentType(), depth);
      List<Object> list = new ArrayList<>();
      if (element != null) {
        list.add(element);
      }
      return list;
    }
    if (type.isMapLikeType()) {
      Object value = sample(type.getContentType(), depth);
      Map<Object, Object> map = new LinkedHashMap<>();
      if (value != null) {
        map.put("key" + counter, value);
      }
      return map;
    }
    if (raw.getPackageName().equals("io.kubernetes.client.openapi.models")) {
      return fill(raw, depth);
    }
    return null;
  }
}
