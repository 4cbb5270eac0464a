package dev.podwright.io.declaration;

import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import dev.podwright.emit.SidecarPlacement;
import dev.podwright.model.Placement;
import dev.podwright.model.Precedence;
import dev.podwright.model.SidecarMode;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1EnvFromSource;
import io.kubernetes.client.openapi.models.V1EnvVar;
import io.kubernetes.client.openapi.models.V1SecurityContext;
import io.kubernetes.client.openapi.models.V1Volume;
import io.kubernetes.client.openapi.models.V1VolumeMount;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

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
      permits Text,
          Choice,
          Fields,
          QuantityMap,
          ScalarMap,
          ListOf,
          MapOf,
          AnyOf,
          Switch,
          PositiveNumber,
          Model,
          KubernetesObject {}

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

  /**
   * A map with these fields; any other field is refused.
   *
   * @param fields the fields it may have
   * @param required the names that must be given
   * @param exclusive groups of names of which at most one may be given
   * @param exactlyOne whether exactly one of the fields must be given (a choice of forms)
   */
  record Fields(
      List<Field> fields, List<String> required, List<List<String>> exclusive, boolean exactlyOne)
      implements Value {
    Fields {
      fields = List.copyOf(fields);
      required = List.copyOf(required);
      exclusive = exclusive.stream().map(List::copyOf).toList();
    }

    /** Fields none of which is required and which may all be given together. */
    Fields(List<Field> fields) {
      this(fields, List.of(), List.of(), false);
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

  /** A map from names (e.g. resource names) to values of one kind, kept in written order. */
  record MapOf(Value element) implements Value {}

  /** A value in any of these forms (e.g. an env list or an env map). */
  record AnyOf(List<Value> forms) implements Value {
    AnyOf {
      forms = List.copyOf(forms);
    }
  }

  /** The boolean {@code true}, which turns something on; {@code false} is refused. */
  record Switch() implements Value {}

  /** A number greater than zero ({@code 2}, {@code 1.5}); the reader also takes it quoted. */
  record PositiveNumber() implements Value {}

  /**
   * An official Kubernetes model object as it is, bound strictly; the schema refers to the model's
   * own definition (that of {@code V1VolumeMount}, say).
   */
  record Model(Class<?> type) implements Value {}

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

    /**
     * The names of the extras the model does not have, which the reader takes out before binding
     * (the others, such as {@code env}, are widened forms of the model's own field that the reader
     * binds itself).
     */
    List<String> added() {
      Set<String> own =
          Models.BINDER
              .getDeserializationConfig()
              .introspect(Models.BINDER.constructType(type))
              .findProperties()
              .stream()
              .map(BeanPropertyDefinition::getName)
              .collect(Collectors.toSet());
      return extras.stream().map(Field::name).filter(name -> !own.contains(name)).toList();
    }
  }

  /** One field: its name, its value and what it means. */
  record Field(String name, Value value, String description) {}

  /** Who owns a container: any name; the platform's own and its user's have these names. */
  static final Field OWNER =
      new Field(
          "owner",
          new Text(null, List.of("platform", "user")),
          "Who owns the container: platform (the platform's own, e.g. Numaflow's numa), user (what"
              + " the platform's user attached) or another name; rules and injections select"
              + " containers by it.");

  /** The env field widened to a map ({@code Models.container} reads both forms). */
  static final Field ENV =
      new Field(
          "env",
          new ScalarMap(),
          "Environment variables: a Kubernetes env list, or a NAME: value map of scalars"
              + " (in written order).");

  /**
   * Containers (main and init): Kubernetes' own, with {@code env} also as a map and an {@code
   * owner}.
   */
  static final KubernetesObject CONTAINER =
      new KubernetesObject("Container", V1Container.class, List.of(ENV, OWNER));

  /** Sidecars: containers that may also say their own mode and placement. */
  static final KubernetesObject SIDECAR =
      new KubernetesObject(
          "Sidecar",
          V1Container.class,
          List.of(
              ENV,
              OWNER,
              new Field(
                  "mode",
                  new Choice(SidecarMode.class),
                  "This sidecar's mode, overriding options.sidecarMode: native (an init"
                      + " container with restartPolicy: Always) or classic (an entry of"
                      + " containers)."),
              new Field(
                  "placement",
                  new Choice(Placement.class),
                  "Where this sidecar goes: before/after the host's or the declaration's init"
                      + " containers (native sidecars) or first/last container (classic"
                      + " sidecars); it must fit the sidecar's mode.")));

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

  /** The fields of {@code resourceDefaults}: fixed defaults or limits derived from requests. */
  static final Fields POLICY =
      new Fields(
          List.of(
              new Field(
                  "requests",
                  new QuantityMap(),
                  "Requests given to sidecars that set none, key by key, e.g. {cpu: 100m}."),
              new Field(
                  "limits",
                  new QuantityMap(),
                  "Limits given to sidecars that set none, key by key, e.g. {memory: 128Mi}."),
              new Field(
                  "limitFactor",
                  new PositiveNumber(),
                  "A limit of this factor times the effective request for every resource in"
                      + " requests (which it needs), where a sidecar sets no limit."),
              new Field(
                  "limitFactors",
                  new MapOf(new PositiveNumber()),
                  "Per resource, a limit of the factor times the sidecar's effective request,"
                      + " e.g. {memory: 2}."),
              new Field(
                  "precedence",
                  new Choice(Precedence.class),
                  "When the sidecar sets the value itself: keepExisting (the default) keeps it,"
                      + " override replaces it, fail refuses.")),
          List.of(),
          List.of(List.of("limitFactor", "limitFactors")),
          false);

  /** The fields of an injection's {@code into}: exactly one way of choosing containers. */
  static final Fields TARGET =
      new Fields(
          List.of(
              new Field(
                  "allAppContainers",
                  new Switch(),
                  "true: every app container (the main container and the host's regular"
                      + " containers), as Dapr injects."),
              new Field(
                  "names",
                  new ListOf(new Text(null, List.of())),
                  "The containers with these names (at least one)."),
              new Field("owner", OWNER.value(), "The containers with this owner.")),
          List.of(),
          List.of(),
          true);

  /** The fields of an injection. */
  static final Fields INJECTION =
      new Fields(
          List.of(
              new Field("into", TARGET, "The containers to inject into."),
              new Field(
                  "env",
                  new AnyOf(List.of(new ListOf(new Model(V1EnvVar.class)), new ScalarMap())),
                  "Environment variables to add: a Kubernetes env list or a NAME: value map."),
              new Field(
                  "envFrom",
                  new ListOf(new Model(V1EnvFromSource.class)),
                  "envFrom sources to add (a configMapRef or a secretRef each)."),
              new Field(
                  "volumeMounts",
                  new ListOf(new Model(V1VolumeMount.class)),
                  "Volume mounts to add (a name and a mountPath each)."),
              new Field(
                  "resourceDefaults",
                  RESOURCES,
                  "Requests and limits given key by key where the container sets none."),
              new Field(
                  "securityContextDefaults",
                  new Model(V1SecurityContext.class),
                  "Security-context fields given where the container sets none."),
              new Field(
                  "precedence",
                  new Choice(Precedence.class),
                  "When an addition collides with what the container has: fail (the default),"
                      + " override or keepExisting.")),
          List.of("into"),
          List.of(),
          false);

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
                  new ListOf(SIDECAR),
                  "Sidecars, running beside the main container; restartPolicy: Always is implied."),
              new Field(
                  "sidecarResourceDefaults",
                  RESOURCES,
                  "Resources given to sidecars that set none, key by key."),
              new Field(
                  "resourceDefaults",
                  POLICY,
                  "A resource policy for sidecars: fixed requests and limits, or limits derived"
                      + " from requests by a factor; instead of sidecarResourceDefaults."),
              new Field(
                  "injections",
                  new ListOf(INJECTION),
                  "What to add to chosen containers of the host's pod (env, envFrom, volume"
                      + " mounts, resource and security-context defaults), as Dapr and Istio do.")),
          List.of(),
          List.of(List.of("sidecarResourceDefaults", "resourceDefaults")),
          false);

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
