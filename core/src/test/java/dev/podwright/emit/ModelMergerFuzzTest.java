package dev.podwright.emit;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.podwright.kubernetes.KubernetesModels;
import dev.podwright.kubernetes.ModelField;
import dev.podwright.model.Precedence;
import io.kubernetes.client.custom.IntOrString;
import io.kubernetes.client.custom.Quantity;
import io.kubernetes.client.openapi.models.V1Container;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The merge on two containers built from fuzzer bytes, over every field of V1Container (found by
 * reflection, as the merger finds them): it never throws, loses nothing, and each precedence keeps
 * what it promises. Regression mode (mvn verify) replays the committed inputs; {@code
 * JAZZER_FUZZ=1} fuzzes.
 */
class ModelMergerFuzzTest {

  private static final String[] STRINGS = {"a", "b", "", "/data", "TCP", "UDP", "cpu", "memory"};
  private static final String[] QUANTITIES = {
    "0.5", "500m", "1", "1000m", "1Gi", "1024Mi", "128Mi", "0", "1e3", "1k"
  };
  private static final String[] KEYS = {"cpu", "memory", "a"};
  private static final int MAX_DEPTH = 4;

  @FuzzTest(maxDuration = "15m")
  void mergesWithoutLoss(FuzzedDataProvider data) {
    Precedence precedence = data.pickValue(Precedence.values());
    V1Container base = (V1Container) model(data, V1Container.class, 0);
    V1Container incoming = (V1Container) model(data, V1Container.class, 0);
    V1Container incomingBefore = KubernetesModels.deepCopy(incoming);

    ModelMerger merger = new ModelMerger(precedence);
    V1Container merged =
        merger.merge("spec.containers[0]", KubernetesModels.deepCopy(base), incoming);

    assertThat(incoming).isEqualTo(incomingBefore);
    if (precedence == Precedence.FAIL) {
      assertThat(merger.conflicts()).hasSameSizeAs(merger.collisions());
    } else {
      assertThat(merger.conflicts()).isEmpty();
    }
    for (Collision collision : merger.collisions()) {
      assertThat(collision.path()).startsWith("spec.containers[0].");
      assertThat(collision.precedence()).isEqualTo(precedence);
    }
    assertNoCollisions(KubernetesModels.deepCopy(base), KubernetesModels.deepCopy(base));
    V1Container self =
        new ModelMerger(Precedence.FAIL)
            .merge("", KubernetesModels.deepCopy(base), KubernetesModels.deepCopy(base));
    assertThat(self).isEqualTo(base);
    if (precedence == Precedence.OVERRIDE) {
      // the result already holds everything incoming set
      assertNoCollisions(KubernetesModels.deepCopy(merged), incomingBefore);
    } else {
      // the result still holds everything the base set
      assertNoCollisions(KubernetesModels.deepCopy(merged), KubernetesModels.deepCopy(base));
    }
    V1Container canonical = KubernetesModels.canonicalCopy(merged);
    assertThat(KubernetesModels.canonicalCopy(canonical)).isEqualTo(canonical);
    assertThat(KubernetesModels.deepCopy(merged)).isEqualTo(merged);
    assertThat(KubernetesModels.sameMeaning(canonical, merged)).isTrue();
  }

  private static void assertNoCollisions(V1Container base, V1Container incoming) {
    ModelMerger merger = new ModelMerger(Precedence.FAIL);
    merger.merge("spec.containers[0]", base, incoming);
    assertThat(merger.collisions()).isEmpty();
  }

  private static Object model(FuzzedDataProvider data, Class<?> type, int depth) {
    Object model;
    try {
      model = type.getConstructor().newInstance();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
    if (depth > MAX_DEPTH) {
      return model;
    }
    for (ModelField field : KubernetesModels.fields(type)) {
      int choice = data.consumeInt(0, 3);
      if (choice == 0) {
        field.set(model, null);
      } else if (choice == 1) {
        field.set(model, value(data, field.genericType(), depth + 1));
      }
    }
    return model;
  }

  private static Object value(FuzzedDataProvider data, Type type, int depth) {
    if (type instanceof ParameterizedType parameterized) {
      Type[] arguments = parameterized.getActualTypeArguments();
      if (parameterized.getRawType() == List.class) {
        List<Object> list = new ArrayList<>();
        int size = data.consumeInt(0, 3);
        for (int i = 0; i < size; i++) {
          list.add(data.consumeInt(0, 9) == 0 ? null : value(data, arguments[0], depth));
        }
        return list;
      }
      Map<Object, Object> map = new LinkedHashMap<>();
      int size = data.consumeInt(0, 2);
      for (int i = 0; i < size; i++) {
        map.put(data.pickValue(KEYS), value(data, arguments[1], depth));
      }
      return map;
    }
    Class<?> raw = (Class<?>) type;
    if (raw == String.class) {
      return data.consumeBoolean() ? data.pickValue(STRINGS) : data.consumeString(6);
    } else if (raw == Boolean.class) {
      return data.consumeBoolean();
    } else if (raw == Integer.class) {
      return data.consumeInt(-1, 3);
    } else if (raw == Long.class) {
      return data.consumeLong(-1, 3);
    } else if (raw == Double.class) {
      return data.consumeDouble();
    } else if (raw == Quantity.class) {
      return Quantity.fromString(data.pickValue(QUANTITIES));
    } else if (raw == IntOrString.class) {
      return data.consumeBoolean()
          ? new IntOrString(data.consumeInt(0, 3))
          : new IntOrString(data.pickValue(STRINGS));
    } else if (raw == Object.class) {
      return data.pickValue(STRINGS);
    }
    return model(data, raw, depth);
  }
}
