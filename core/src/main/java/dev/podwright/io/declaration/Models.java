package dev.podwright.io.declaration;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.podwright.emit.PodSpecEmitter;
import dev.podwright.io.KubernetesJackson;
import dev.podwright.io.ModelCopies;
import dev.podwright.io.SourcePosition;
import dev.podwright.io.declaration.DeclarationReadException.Reason;
import dev.podwright.kubernetes.Quantities;
import dev.podwright.model.Composition;
import dev.podwright.model.ContainerSpec;
import dev.podwright.model.DownwardApiItem;
import dev.podwright.model.EnvFrom;
import dev.podwright.model.EnvVar;
import dev.podwright.model.HostPathType;
import dev.podwright.model.KeyToPath;
import dev.podwright.model.Lifecycle;
import dev.podwright.model.Medium;
import dev.podwright.model.Port;
import dev.podwright.model.Probe;
import dev.podwright.model.PullPolicy;
import dev.podwright.model.Resources;
import dev.podwright.model.SecurityContext;
import dev.podwright.model.Volume;
import dev.podwright.model.VolumeMount;
import dev.podwright.path.FieldPath;
import io.kubernetes.client.custom.Quantity;
import io.kubernetes.client.openapi.models.V1ConfigMapVolumeSource;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1ContainerPort;
import io.kubernetes.client.openapi.models.V1DownwardAPIVolumeFile;
import io.kubernetes.client.openapi.models.V1EnvFromSource;
import io.kubernetes.client.openapi.models.V1EnvVar;
import io.kubernetes.client.openapi.models.V1KeyToPath;
import io.kubernetes.client.openapi.models.V1ObjectFieldSelector;
import io.kubernetes.client.openapi.models.V1PersistentVolumeClaimSpec;
import io.kubernetes.client.openapi.models.V1PodSpec;
import io.kubernetes.client.openapi.models.V1ResourceFieldSelector;
import io.kubernetes.client.openapi.models.V1SecretVolumeSource;
import io.kubernetes.client.openapi.models.V1Volume;
import io.kubernetes.client.openapi.models.V1VolumeMount;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns document nodes into the official models (Kubernetes field names, strict about unknown
 * fields) and those into Podwright's model: every field the model can say exactly goes into the
 * builder, everything else stays in the container's {@code base}, so nothing is lost. Whether the
 * model says a field exactly is checked by emitting it and comparing with the original.
 */
final class Models {

  private static final PodSpecEmitter EMITTER = PodSpecEmitter.standard();

  private Models() {}

  /** The one strict binder ({@link KubernetesJackson#strictBinder()}). */
  static final ObjectMapper BINDER = KubernetesJackson.strictBinder();

  /** The shared mapper, for comparing models as trees. */
  private static ObjectMapper mapper() {
    return KubernetesJackson.jsonMapper();
  }

  // ---------------------------------------------------------------- reading official models

  /** Reads a node into an official model class, failing with the position of the bad field. */
  static <T> T read(Node node, Class<T> type) {
    if (!node.json.isObject()) {
      throw node.wrongType("a map of fields");
    }
    try {
      return BINDER.treeToValue(node.json, type);
    } catch (UnrecognizedPropertyException e) {
      FieldPath path = pathOf(node.path, e);
      List<String> known = new ArrayList<>();
      if (e.getKnownPropertyIds() != null) {
        e.getKnownPropertyIds().forEach(id -> known.add(String.valueOf(id)));
      }
      return fail(
          node,
          Reason.UNKNOWN_FIELD,
          path,
          "unknown field \""
              + e.getPropertyName()
              + "\" of a Kubernetes "
              + kind(e.getReferringClass()),
          Suggestions.closest(e.getPropertyName(), known),
          e);
    } catch (InvalidFormatException e) {
      FieldPath path = pathOf(node.path, e);
      if (!(e.getValue() instanceof String)) {
        return fail(
            node,
            Reason.WRONG_TYPE,
            path,
            "expected "
                + expected(e.getTargetType())
                + " but found "
                + Node.describe(at(node.json, e)),
            List.of(),
            e);
      }
      String detail =
          e.getTargetType() == Quantity.class
              ? "\"" + e.getValue() + "\" is not a Kubernetes quantity (e.g. 250m, 1, 64Mi)"
              : "\"" + e.getValue() + "\" is not " + expected(e.getTargetType());
      return fail(node, Reason.INVALID_VALUE, path, detail, List.of(), e);
    } catch (MismatchedInputException e) {
      FieldPath path = pathOf(node.path, e);
      JsonNode found = at(node.json, e);
      return fail(
          node,
          Reason.WRONG_TYPE,
          path,
          "expected " + expected(e.getTargetType()) + " but found " + Node.describe(found),
          List.of(),
          e);
    } catch (JsonProcessingException | IllegalArgumentException e) {
      FieldPath path =
          e instanceof JsonMappingException mapping ? pathOf(node.path, mapping) : node.path;
      String message =
          e instanceof JsonProcessingException processing
              ? processing.getOriginalMessage()
              : e.getMessage();
      return fail(node, Reason.INVALID_VALUE, path, String.valueOf(message), List.of(), e);
    }
  }

  private static <T> T fail(
      Node node,
      Reason problem,
      FieldPath path,
      String detail,
      List<String> suggestions,
      Exception cause) {
    String rendered = path.toString();
    SourcePosition where =
        problem == Reason.UNKNOWN_FIELD
            ? node.document.keyPosition(rendered)
            : node.document.nearest(rendered);
    throw new DeclarationReadException(
        problem, node.document.sourceMap.file(), where, rendered, detail, suggestions, cause);
  }

  private static String kind(Class<?> type) {
    if (type == null) {
      return "object";
    }
    String name = type.getSimpleName();
    return name.startsWith("V1") ? name.substring(2) : name;
  }

  private static String expected(Class<?> type) {
    if (type == null) {
      return "another type";
    } else if (List.class.isAssignableFrom(type)) {
      return "a list";
    } else if (Map.class.isAssignableFrom(type)) {
      return "a map";
    } else if (type == String.class) {
      return "a string";
    } else if (type == Integer.class || type == int.class || type == Long.class) {
      return "an integer";
    } else if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    } else if (type == Quantity.class) {
      return "a quantity (e.g. 250m, 64Mi)";
    } else if (type.getSimpleName().equals("IntOrString")) {
      return "a port number or name";
    }
    return "a map of fields (a Kubernetes " + kind(type) + ")";
  }

  private static FieldPath pathOf(FieldPath base, JsonMappingException e) {
    FieldPath path = base;
    for (JsonMappingException.Reference reference : e.getPath()) {
      if (reference.getFieldName() != null) {
        path = path.child(reference.getFieldName());
      } else if (reference.getIndex() >= 0) {
        path = path.index(reference.getIndex());
      }
    }
    return path;
  }

  private static JsonNode at(JsonNode root, JsonMappingException e) {
    JsonNode node = root;
    for (JsonMappingException.Reference reference : e.getPath()) {
      if (node == null) {
        return null;
      }
      node =
          reference.getFieldName() != null
              ? node.get(reference.getFieldName())
              : node.get(reference.getIndex());
    }
    return node;
  }

  // ---------------------------------------------------------------- containers

  /**
   * Reads a container: Kubernetes fields, with {@code env} either a Kubernetes list or a {@code
   * KEY: value} map. Extra positions for a map's entries as list entries go into {@code extra}.
   */
  static V1Container container(Node node, Map<String, SourcePosition> extra) {
    return container(node, extra, null);
  }

  /** Reads a container; an unnamed one is given the default name, when there is one. */
  static V1Container container(Node node, Map<String, SourcePosition> extra, String defaultName) {
    if (node.isAbsent() || !node.json.isObject()) {
      throw node.wrongType("a container (a map of Kubernetes container fields)");
    }
    Node env = node.field("env");
    List<V1EnvVar> mapEnv = null;
    JsonNode json = node.json;
    if (!env.isAbsent() && env.json.isObject()) {
      mapEnv = envMap(env, extra);
      ObjectNode copy = ((ObjectNode) node.json).deepCopy();
      copy.remove("env");
      json = copy;
    }
    V1Container container = read(new Node(node.document, json, node.path), V1Container.class);
    if (mapEnv != null) {
      container.setEnv(mapEnv);
    }
    if ((container.getName() == null || container.getName().isBlank()) && defaultName != null) {
      container.setName(defaultName);
    }
    if (container.getName() == null || container.getName().isBlank()) {
      throw node.field("name").missing();
    }
    return container;
  }

  /** A {@code KEY: value} map as env vars in written order; values are scalars. */
  static List<V1EnvVar> envMap(Node env, Map<String, SourcePosition> extra) {
    List<V1EnvVar> variables = new ArrayList<>();
    int index = 0;
    for (Map.Entry<String, Node> entry : env.fields().entrySet()) {
      String value = entry.getValue().text();
      variables.add(new V1EnvVar().name(entry.getKey()).value(value == null ? "" : value));
      SourcePosition at = env.document.nearest(entry.getValue().path.toString());
      FieldPath listed = env.path.index(index++);
      extra.put(listed.toString(), at);
      extra.put(listed.child("name").toString(), at);
      extra.put(listed.child("value").toString(), at);
    }
    return variables;
  }

  /** The container as a model spec; fields the model cannot say exactly stay in the base. */
  static ContainerSpec spec(V1Container source) {
    Set<String> inBase = new LinkedHashSet<>();
    JsonNode want = mapper().valueToTree(source);
    for (int attempt = 0; attempt < 3; attempt++) {
      ContainerSpec spec = build(source, inBase);
      JsonNode got = mapper().valueToTree(emit(spec));
      Set<String> different = differentFields(want, got);
      if (different.isEmpty()) {
        return spec;
      }
      inBase.addAll(different);
    }
    return ContainerSpec.of(source);
  }

  private static V1Container emit(ContainerSpec spec) {
    V1PodSpec pod = EMITTER.emit(Composition.builder().mainContainer(spec).build());
    return pod.getContainers().get(0);
  }

  private static Set<String> differentFields(JsonNode want, JsonNode got) {
    Set<String> names = new LinkedHashSet<>();
    want.fieldNames().forEachRemaining(names::add);
    got.fieldNames().forEachRemaining(names::add);
    Set<String> different = new LinkedHashSet<>();
    for (String name : names) {
      if (!java.util.Objects.equals(want.get(name), got.get(name))) {
        different.add(name);
      }
    }
    return different;
  }

  private static ContainerSpec build(V1Container source, Set<String> inBase) {
    V1Container base = ModelCopies.deepCopy(source);
    ContainerSpec.Builder builder = ContainerSpec.builder(source.getName());
    base.setName(null);
    if (take(inBase, "image", source.getImage())) {
      builder.image(source.getImage());
      base.setImage(null);
    }
    if (take(inBase, "imagePullPolicy", source.getImagePullPolicy())) {
      PullPolicy policy = lookup(() -> PullPolicy.fromValue(source.getImagePullPolicy()));
      if (policy != null) {
        builder.pullPolicy(policy);
        base.setImagePullPolicy(null);
      }
    }
    if (take(inBase, "command", source.getCommand()) && !source.getCommand().contains(null)) {
      builder.command(source.getCommand().toArray(String[]::new));
      base.setCommand(null);
    }
    if (take(inBase, "args", source.getArgs()) && !source.getArgs().contains(null)) {
      builder.args(source.getArgs().toArray(String[]::new));
      base.setArgs(null);
    }
    if (take(inBase, "workingDir", source.getWorkingDir())) {
      builder.workingDir(source.getWorkingDir());
      base.setWorkingDir(null);
    }
    if (take(inBase, "ports", source.getPorts())) {
      List<Port> ports = mapAll(source.getPorts(), Models::port);
      if (ports != null) {
        ports.forEach(builder::port);
        base.setPorts(null);
      }
    }
    if (take(inBase, "env", source.getEnv())) {
      List<EnvVar> env = mapAll(source.getEnv(), Models::env);
      if (env != null) {
        env.forEach(builder::env);
        base.setEnv(null);
      }
    }
    if (take(inBase, "envFrom", source.getEnvFrom())) {
      List<EnvFrom> envFrom = mapAll(source.getEnvFrom(), Models::envFrom);
      if (envFrom != null) {
        envFrom.forEach(builder::envFrom);
        base.setEnvFrom(null);
      }
    }
    if (take(inBase, "volumeMounts", source.getVolumeMounts())) {
      List<VolumeMount> mounts = mapAll(source.getVolumeMounts(), Models::mount);
      if (mounts != null) {
        mounts.forEach(builder::volumeMount);
        base.setVolumeMounts(null);
      }
    }
    if (take(inBase, "resources", source.getResources())) {
      Resources resources = attempt(() -> Resources.of(source.getResources()));
      if (resources != null) {
        builder.resources(resources);
        base.setResources(null);
      }
    }
    if (take(inBase, "startupProbe", source.getStartupProbe())) {
      Probe probe = attempt(() -> Probe.of(source.getStartupProbe()));
      if (probe != null) {
        builder.startupProbe(probe);
        base.setStartupProbe(null);
      }
    }
    if (take(inBase, "readinessProbe", source.getReadinessProbe())) {
      Probe probe = attempt(() -> Probe.of(source.getReadinessProbe()));
      if (probe != null) {
        builder.readinessProbe(probe);
        base.setReadinessProbe(null);
      }
    }
    if (take(inBase, "livenessProbe", source.getLivenessProbe())) {
      Probe probe = attempt(() -> Probe.of(source.getLivenessProbe()));
      if (probe != null) {
        builder.livenessProbe(probe);
        base.setLivenessProbe(null);
      }
    }
    if (take(inBase, "lifecycle", source.getLifecycle())) {
      Lifecycle lifecycle = attempt(() -> Lifecycle.of(source.getLifecycle()));
      if (lifecycle != null) {
        builder.lifecycle(lifecycle);
        base.setLifecycle(null);
      }
    }
    if (take(inBase, "securityContext", source.getSecurityContext())) {
      SecurityContext context = attempt(() -> SecurityContext.of(source.getSecurityContext()));
      if (context != null && !context.isEmpty()) {
        builder.securityContext(context);
        base.setSecurityContext(null);
      }
    }
    JsonNode rest = mapper().valueToTree(base);
    if (rest.size() > 0) {
      builder.base(base);
    }
    return builder.build();
  }

  private static boolean take(Set<String> inBase, String field, Object value) {
    if (inBase.contains(field) || value == null) {
      return false;
    }
    return !(value instanceof List<?> list && list.isEmpty());
  }

  private interface Mapping<A, B> {
    B apply(A value);
  }

  /** Every element mapped, or null when one cannot be (a null, an unknown enum value). */
  private static <A, B> List<B> mapAll(List<A> values, Mapping<A, B> mapping) {
    List<B> out = new ArrayList<>(values.size());
    for (A value : values) {
      B mapped = value == null ? null : mapping.apply(value);
      if (mapped == null) {
        return null;
      }
      out.add(mapped);
    }
    return out;
  }

  private interface Lookup<T> {
    T get();
  }

  private static <T> T lookup(Lookup<T> lookup) {
    try {
      return lookup.get();
    } catch (IllegalArgumentException unknown) {
      return null;
    }
  }

  /** The value, or null when making it fails (a field the model cannot take). */
  private static <T> T attempt(Lookup<T> make) {
    try {
      return make.get();
    } catch (RuntimeException cannot) {
      return null;
    }
  }

  private static Port port(V1ContainerPort port) {
    return attempt(() -> Port.of(port));
  }

  static EnvVar env(V1EnvVar variable) {
    return attempt(() -> EnvVar.of(variable));
  }

  static EnvFrom envFrom(V1EnvFromSource source) {
    return attempt(() -> EnvFrom.of(source));
  }

  static VolumeMount mount(V1VolumeMount mount) {
    return attempt(() -> VolumeMount.of(mount));
  }

  // ---------------------------------------------------------------- volumes

  /** Reads a volume; its name is required. */
  static V1Volume volume(Node node) {
    V1Volume volume = read(node, V1Volume.class);
    if (volume.getName() == null || volume.getName().isBlank()) {
      throw node.field("name").missing();
    }
    return volume;
  }

  /** The volume as the matching typed model volume when that says it exactly, else raw. */
  static Volume toModel(V1Volume source) {
    Volume typed = lookup(() -> typed(source));
    if (typed != null) {
      V1PodSpec pod = EMITTER.emit(Composition.builder().volume(typed).build());
      JsonNode want = mapper().valueToTree(source);
      JsonNode got = mapper().valueToTree(pod.getVolumes().get(0));
      if (want.equals(got)) {
        return typed;
      }
    }
    return Volume.raw(source);
  }

  private static Volume typed(V1Volume v) {
    String name = v.getName();
    if (v.getEmptyDir() != null) {
      String medium = v.getEmptyDir().getMedium();
      return new Volume.EmptyDir(
          name,
          medium == null || medium.isEmpty() ? null : Medium.fromValue(medium),
          v.getEmptyDir().getSizeLimit());
    } else if (v.getConfigMap() != null) {
      V1ConfigMapVolumeSource source = v.getConfigMap();
      return new Volume.ConfigMap(
          name,
          source.getName(),
          keys(source.getItems()),
          source.getDefaultMode(),
          source.getOptional());
    } else if (v.getSecret() != null) {
      V1SecretVolumeSource source = v.getSecret();
      return new Volume.Secret(
          name,
          source.getSecretName(),
          keys(source.getItems()),
          source.getDefaultMode(),
          source.getOptional());
    } else if (v.getPersistentVolumeClaim() != null) {
      return new Volume.PersistentVolumeClaim(
          name,
          v.getPersistentVolumeClaim().getClaimName(),
          Boolean.TRUE.equals(v.getPersistentVolumeClaim().getReadOnly()));
    } else if (v.getHostPath() != null) {
      String type = v.getHostPath().getType();
      return new Volume.HostPath(
          name,
          v.getHostPath().getPath(),
          type == null || type.isEmpty() ? null : HostPathType.fromValue(type));
    } else if (v.getProjected() != null) {
      return new Volume.Projected(
          name, v.getProjected().getSources(), v.getProjected().getDefaultMode());
    } else if (v.getDownwardAPI() != null) {
      List<DownwardApiItem> items = new ArrayList<>();
      if (v.getDownwardAPI().getItems() != null) {
        for (V1DownwardAPIVolumeFile file : v.getDownwardAPI().getItems()) {
          items.add(downwardApiItem(file));
        }
      }
      return new Volume.DownwardApi(name, items, v.getDownwardAPI().getDefaultMode());
    } else if (v.getCsi() != null) {
      return new Volume.Csi(
          name,
          v.getCsi().getDriver(),
          v.getCsi().getReadOnly(),
          v.getCsi().getFsType(),
          v.getCsi().getVolumeAttributes(),
          v.getCsi().getNodePublishSecretRef() == null
              ? null
              : v.getCsi().getNodePublishSecretRef().getName());
    } else if (v.getEphemeral() != null && v.getEphemeral().getVolumeClaimTemplate() != null) {
      V1PersistentVolumeClaimSpec claim = v.getEphemeral().getVolumeClaimTemplate().getSpec();
      if (claim == null) {
        return null;
      }
      Quantity size =
          claim.getResources() == null || claim.getResources().getRequests() == null
              ? null
              : claim.getResources().getRequests().get("storage");
      return new Volume.Ephemeral(name, claim.getStorageClassName(), claim.getAccessModes(), size);
    }
    return null;
  }

  private static DownwardApiItem downwardApiItem(V1DownwardAPIVolumeFile file) {
    V1ObjectFieldSelector field = file.getFieldRef();
    V1ResourceFieldSelector resource = file.getResourceFieldRef();
    return new DownwardApiItem(
        file.getPath(),
        field == null ? null : field.getFieldPath(),
        resource == null ? null : resource.getContainerName(),
        resource == null ? null : resource.getResource(),
        file.getMode(),
        field == null ? null : field.getApiVersion(),
        resource == null ? null : resource.getDivisor());
  }

  private static List<KeyToPath> keys(List<V1KeyToPath> items) {
    List<KeyToPath> keys = new ArrayList<>();
    if (items != null) {
      for (V1KeyToPath item : items) {
        keys.add(new KeyToPath(item.getKey(), item.getPath(), item.getMode()));
      }
    }
    return keys;
  }

  // ---------------------------------------------------------------- resources

  /** {@code {requests: {cpu: 100m}, limits: {...}}} as resources. */
  static Resources resources(Node node) {
    Node object = node.object().allowOnly(DeclarationFormat.RESOURCES.names());
    return new Resources(quantities(object.field("requests")), quantities(object.field("limits")));
  }

  private static Map<String, Quantity> quantities(Node node) {
    Map<String, Quantity> out = new LinkedHashMap<>();
    Iterator<Map.Entry<String, Node>> entries = node.fields().entrySet().iterator();
    while (entries.hasNext()) {
      Map.Entry<String, Node> entry = entries.next();
      out.put(entry.getKey(), quantity(entry.getValue()));
    }
    return out;
  }

  /** A quantity written as a string or a number. */
  static Quantity quantity(Node node) {
    return quantityOf(node, node.requiredText());
  }

  /** The text as a quantity, or an error at the node. */
  static Quantity quantityOf(Node node, String text) {
    return Quantities.parse(text)
        .orElseThrow(
            () ->
                node.invalid(
                    "\"" + text + "\" is not a Kubernetes quantity (e.g. 250m, 1, 64Mi)",
                    List.of()));
  }
}
