package dev.podwright.io.declaration;

import dev.podwright.emit.SidecarPlacement;
import dev.podwright.model.Precedence;
import dev.podwright.model.SidecarMode;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1Volume;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The declaration format's own fields as one table: {@link DeclarationReader} accepts exactly the
 * names listed here (and refuses every other with "did you mean"), and {@link DeclarationSchema}
 * renders the JSON Schema from the same entries. A field added here is therefore read and appears
 * in the schema; a field read but missing here is refused by the reader itself, so the two cannot
 * drift. Containers and volumes are the official Kubernetes models, described by {@link
 * KubernetesObject} and rendered from the classes the strict binder binds.
 */
final class DeclarationFormat {

  private DeclarationFormat() {}

  /** What a field's value is. */
  sealed interface Value
      permits Text, Choice, Fields, QuantityMap, ScalarMap, ListOf, KubernetesObject {}

  /**
   * A string (numbers are not taken for it).
   *
   * @param pattern an ECMA 262 pattern the reader's parser agrees with, or null for any text
   * @param examples spellings shown to editors
   */
  record Text(String pattern, List<String> examples) implements Value {
    Text {
      examples = List.copyOf(examples);
    }
  }

  /**
   * One of an enum's constants, written in camelCase ({@code afterHostInitContainers}); the reader
   * also takes {@code AFTER_HOST_INIT_CONTAINERS} and {@code after-host-init-containers}, the
   * schema offers the one documented spelling.
   */
  record Choice(Class<? extends Enum<?>> type) implements Value {
    List<String> spellings() {
      return Arrays.stream(type.getEnumConstants()).map(DeclarationFormat::spelling).toList();
    }
  }

  /** A map with exactly these fields, none required; any other field is refused. */
  record Fields(List<Field> fields) implements Value {
    Fields {
      fields = List.copyOf(fields);
    }

    List<String> names() {
      return fields.stream().map(Field::name).toList();
    }
  }

  /** A map from resource names ({@code cpu}, {@code memory}, …) to Kubernetes quantities. */
  record QuantityMap() implements Value {}

  /** A map from names to scalars (strings, numbers, booleans), kept in written order. */
  record ScalarMap() implements Value {}

  /** A list of values. */
  record ListOf(Value element) implements Value {}

  /**
   * An official Kubernetes model object, bound strictly (unknown fields refused, no scalar
   * coercion), plus fields the reader handles itself before binding: such a field either is new (a
   * Podwright field beside Kubernetes' own) or gives a Kubernetes field another accepted form
   * ({@code env} as a map). The schema renders the model's fields and then these.
   *
   * @param name the schema definition's name ({@code Container})
   * @param type the client-java model class
   * @param extras the fields the reader takes out before binding
   */
  record KubernetesObject(String name, Class<?> type, List<Field> extras) implements Value {
    KubernetesObject {
      extras = List.copyOf(extras);
    }
  }

  /** One field: its name, its value and what it means. */
  record Field(String name, Value value, String description) {}

  /** Containers: Kubernetes' own, with {@code env} also as a map ({@code Models.container}). */
  static final KubernetesObject CONTAINER =
      new KubernetesObject(
          "Container",
          V1Container.class,
          List.of(
              new Field(
                  "env",
                  new ScalarMap(),
                  "Environment variables: a Kubernetes env list, or a NAME: value map of scalars"
                      + " (in written order).")));

  /** Volumes: Kubernetes' own. */
  static final KubernetesObject VOLUME = new KubernetesObject("Volume", V1Volume.class, List.of());

  /** Kubernetes versions as {@code KubernetesVersion.parse} takes them. */
  static final String VERSION_PATTERN = "^v?[0-9]{1,4}\\.[0-9]{1,4}([.+-].*)?$";

  /** The fields of {@code options}. */
  static final Fields OPTIONS =
      new Fields(
          List.of(
              new Field(
                  "kubernetesVersion",
                  new Text(VERSION_PATTERN, List.of("1.29", "1.31")),
                  "The Kubernetes version the pod spec is for, MAJOR.MINOR (quote it: 1.30 unquoted"
                      + " is the number 1.3). It decides what the emitter may use, e.g. native"
                      + " sidecars from 1.29."),
              new Field(
                  "sidecarMode",
                  new Choice(SidecarMode.class),
                  "Where sidecars go: native (init containers with restartPolicy: Always,"
                      + " Kubernetes 1.29 and newer) or classic (extra entries of containers)."),
              new Field(
                  "placement",
                  new Choice(SidecarPlacement.class),
                  "Where the declaration's init containers and native sidecars go relative to the"
                      + " host's own init containers."),
              new Field(
                  "conflicts",
                  new Choice(Precedence.class),
                  "What happens when the declaration and the host's base spec set the same thing:"
                      + " fail (the default), override (the declaration wins) or keepExisting"
                      + " (the host's value is kept).")));

  /** The fields of {@code sidecarResourceDefaults}. */
  static final Fields RESOURCES =
      new Fields(
          List.of(
              new Field(
                  "requests",
                  new QuantityMap(),
                  "Resource requests, e.g. {cpu: 100m, memory: 64Mi}."),
              new Field("limits", new QuantityMap(), "Resource limits, e.g. {memory: 128Mi}.")));

  /** The top-level fields of a declaration. */
  static final Fields TOP =
      new Fields(
          List.of(
              new Field(
                  "kind",
                  new Text(null, List.of("generic", "job")),
                  "The workload kind the declaration is for: a name the reading host knows"
                      + " (generic and job always; a host adds its own, e.g. udf, source, sink)."
                      + " Absent means generic."),
              new Field("options", OPTIONS, "How the pod spec is emitted."),
              new Field(
                  "mainContainer",
                  CONTAINER,
                  "The workload's main container, in Kubernetes' own field names."),
              new Field(
                  "volumes",
                  new ListOf(VOLUME),
                  "Volumes the containers mount, in Kubernetes' own field names; every Kubernetes"
                      + " volume source is kept."),
              new Field(
                  "initContainers",
                  new ListOf(CONTAINER),
                  "Init containers, run to completion before the main container."),
              new Field(
                  "sidecars",
                  new ListOf(CONTAINER),
                  "Sidecars, running beside the main container; restartPolicy: Always is implied."),
              new Field(
                  "sidecarResourceDefaults",
                  RESOURCES,
                  "Resources given to sidecars that set none, key by key.")));

  /** An enum constant as the format writes it: {@code AFTER_HOST_INIT_CONTAINERS} -> camelCase. */
  static String spelling(Enum<?> constant) {
    String[] words = constant.name().toLowerCase(Locale.ROOT).split("_");
    StringBuilder out = new StringBuilder(words[0]);
    Arrays.stream(words)
        .skip(1)
        .forEach(
            word -> out.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1)));
    return out.toString();
  }
}
