package dev.podwright.io.declaration;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.podwright.io.SourcePosition;
import dev.podwright.model.ContainerSelector;
import dev.podwright.model.ContainerSpec;
import dev.podwright.model.EnvFrom;
import dev.podwright.model.EnvVar;
import dev.podwright.model.InitContainer;
import dev.podwright.model.Injection;
import dev.podwright.model.Owner;
import dev.podwright.model.Placement;
import dev.podwright.model.Precedence;
import dev.podwright.model.ResourceDefaults;
import dev.podwright.model.Resources;
import dev.podwright.model.SecurityContext;
import dev.podwright.model.Sidecar;
import dev.podwright.model.SidecarMode;
import dev.podwright.model.VolumeMount;
import io.kubernetes.client.openapi.models.V1EnvFromSource;
import io.kubernetes.client.openapi.models.V1EnvVar;
import io.kubernetes.client.openapi.models.V1SecurityContext;
import io.kubernetes.client.openapi.models.V1VolumeMount;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The parts of the declaration format beyond Kubernetes' own fields: a container's {@code owner}, a
 * sidecar's {@code mode} and {@code placement}, the {@code resourceDefaults} policy and the {@code
 * injections}. Each is read from the node, located in the file when wrong; the container fields are
 * then bound strictly without them.
 */
final class CompositionParts {

  /** The container fields the reader takes out before binding: from the format's table. */
  private static final List<String> CONTAINER_EXTRAS = DeclarationFormat.CONTAINER.added();

  private static final List<String> SIDECAR_EXTRAS = DeclarationFormat.SIDECAR.added();

  private static final List<String> TARGET_FIELDS = DeclarationFormat.TARGET.names();

  private CompositionParts() {}

  /** The main container: Kubernetes fields and an optional {@code owner}. */
  static ContainerSpec container(Node node, Map<String, SourcePosition> extra) {
    ContainerSpec spec = ModelSpecs.spec(Models.container(without(node, CONTAINER_EXTRAS), extra));
    Owner owner = owner(node.field("owner"));
    return owner == null ? spec : spec.withOwner(owner);
  }

  /** An init container: Kubernetes fields and an optional {@code owner}. */
  static InitContainer initContainer(Node node, Map<String, SourcePosition> extra) {
    return new InitContainer(container(node, extra));
  }

  /** A sidecar: Kubernetes fields and optional {@code owner}, {@code mode}, {@code placement}. */
  static Sidecar sidecar(Node node, Map<String, SourcePosition> extra) {
    Sidecar sidecar =
        DeclarationReader.sidecar(Models.container(without(node, SIDECAR_EXTRAS), extra));
    Owner owner = owner(node.field("owner"));
    if (owner != null) {
      sidecar = sidecar.withSpec(sidecar.spec().withOwner(owner));
    }
    Node mode = node.field("mode");
    Node placement = node.field("placement");
    SidecarMode sidecarMode =
        mode.isAbsent() ? null : DeclarationReader.constant(mode, SidecarMode.values());
    Placement where =
        placement.isAbsent() ? null : DeclarationReader.constant(placement, Placement.values());
    try {
      return new Sidecar(sidecar.spec(), sidecarMode, where);
    } catch (IllegalArgumentException misfit) {
      throw placement.invalid(misfit.getMessage(), List.of());
    }
  }

  /**
   * {@code {requests, limits, limitFactor | limitFactors, precedence}}: fixed defaults, or derived
   * limits of a factor times the effective request.
   */
  static ResourceDefaults resourceDefaults(Node node) {
    Node policy = node.object().allowOnly(DeclarationFormat.POLICY.names());
    ObjectNode plain = ((ObjectNode) policy.json).deepCopy();
    plain.retain("requests", "limits");
    Resources defaults = Models.resources(new Node(policy.document, plain, policy.path));
    Map<String, BigDecimal> factors = new TreeMap<>();
    Node one = policy.field("limitFactor");
    Node each = policy.field("limitFactors");
    if (!one.isAbsent() && !each.isAbsent()) {
      throw each.invalid(
          "give limitFactor (for every request) or limitFactors, not both", List.of());
    }
    if (!one.isAbsent()) {
      BigDecimal factor = factor(one);
      if (defaults.requests().isEmpty()) {
        throw one.invalid("limitFactor needs requests to derive limits from", List.of());
      }
      defaults.requests().keySet().forEach(resource -> factors.put(resource, factor));
    }
    for (Map.Entry<String, Node> entry : each.fields().entrySet()) {
      factors.put(entry.getKey(), factor(entry.getValue()));
    }
    Node precedence = policy.field("precedence");
    return new ResourceDefaults(
        defaults,
        factors,
        precedence.isAbsent()
            ? Precedence.KEEP_EXISTING
            : DeclarationReader.constant(precedence, Precedence.values()));
  }

  /** An injection into the host's containers. */
  static Injection injection(Node node, Map<String, SourcePosition> extra) {
    Node object = node.object().allowOnly(DeclarationFormat.INJECTION.names());
    Node into = object.field("into");
    if (into.isAbsent()) {
      throw into.missing();
    }
    Injection.Builder injection = Injection.into(target(into.object().allowOnly(TARGET_FIELDS)));
    Node env = object.field("env");
    List<V1EnvVar> variables =
        env.isAbsent() || !env.json.isObject()
            ? read(env, V1EnvVar.class)
            : Models.envMap(env, extra);
    List<Node> envNodes = !env.isAbsent() && env.json.isArray() ? env.elements() : List.of();
    for (int i = 0; i < variables.size(); i++) {
      EnvVar variable = ModelSpecs.env(variables.get(i));
      if (variable == null) {
        throw (i < envNodes.size() ? envNodes.get(i) : env)
            .invalid("not an env var the model can carry", List.of());
      }
      injection.env(variable);
    }
    List<Node> fromNodes = object.field("envFrom").elements();
    for (Node from : fromNodes) {
      EnvFrom source = ModelSpecs.envFrom(Models.read(from, V1EnvFromSource.class));
      if (source == null) {
        throw from.invalid("an envFrom source needs a configMapRef or a secretRef", List.of());
      }
      injection.envFrom(source);
    }
    for (Node mount : object.field("volumeMounts").elements()) {
      VolumeMount volumeMount = ModelSpecs.mount(Models.read(mount, V1VolumeMount.class));
      if (volumeMount == null) {
        throw mount.invalid("a volume mount needs a name and a mountPath", List.of());
      }
      injection.volumeMount(volumeMount);
    }
    Node resources = object.field("resourceDefaults");
    if (!resources.isAbsent()) {
      injection.resourceDefaults(Models.resources(resources));
    }
    Node security = object.field("securityContextDefaults");
    if (!security.isAbsent()) {
      injection.securityContextDefaults(
          SecurityContext.of(Models.read(security, V1SecurityContext.class)));
    }
    Node precedence = object.field("precedence");
    if (!precedence.isAbsent()) {
      injection.precedence(DeclarationReader.constant(precedence, Precedence.values()));
    }
    return injection.build();
  }

  private static ContainerSelector target(Node into) {
    List<String> given = new ArrayList<>();
    for (String field : TARGET_FIELDS) {
      if (!into.field(field).isAbsent()) {
        given.add(field);
      }
    }
    if (given.size() != 1) {
      throw into.invalid(
          "into names exactly one of allAppContainers: true, names: [...] and owner: NAME; found "
              + (given.isEmpty() ? "none" : String.join(" and ", given)),
          List.of());
    }
    switch (given.get(0)) {
      case "allAppContainers" -> {
        Node all = into.field("allAppContainers");
        if (!all.json.isBoolean() || !all.json.booleanValue()) {
          throw all.invalid("allAppContainers takes true", List.of());
        }
        return ContainerSelector.allAppContainers();
      }
      case "names" -> {
        List<String> names = new ArrayList<>();
        for (Node name : into.field("names").elements()) {
          names.add(name.requiredText());
        }
        if (names.isEmpty()) {
          throw into.field("names").invalid("names lists at least one container", List.of());
        }
        return ContainerSelector.named(names.toArray(String[]::new));
      }
      default -> {
        return ContainerSelector.ownedBy(owner(into.field("owner")));
      }
    }
  }

  private static Owner owner(Node node) {
    if (node.isAbsent()) {
      return null;
    }
    return Owner.of(node.requiredText());
  }

  private static BigDecimal factor(Node node) {
    String text = node.requiredText();
    try {
      BigDecimal factor = new BigDecimal(text);
      if (factor.signum() > 0) {
        return factor;
      }
    } catch (NumberFormatException notANumber) {
      // reported below
    }
    throw node.invalid("\"" + text + "\" is not a positive factor (e.g. 2 or 1.5)", List.of());
  }

  private static <T> List<T> read(Node list, Class<T> type) {
    List<T> out = new ArrayList<>();
    for (Node element : list.elements()) {
      out.add(Models.read(element, type));
    }
    return out;
  }

  /** The node without the given fields, so that the rest binds strictly as Kubernetes fields. */
  private static Node without(Node node, List<String> fields) {
    if (node.isAbsent() || !node.json.isObject()) {
      return node;
    }
    ObjectNode copy = ((ObjectNode) node.json).deepCopy();
    copy.remove(fields);
    return new Node(node.document, copy, node.path);
  }
}
