package dev.podwright.validation.spi;

import dev.podwright.kubernetes.KubernetesVersion;
import dev.podwright.path.FieldPath;
import dev.podwright.validation.policy.HostPolicy;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1PodSpec;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * What a {@link PodSpecRule} sees: the spec, the target Kubernetes version, the host policy and the
 * path the spec sits at. Immutable; the containers list is computed once.
 */
public final class PodSpecContext {

  private final V1PodSpec spec;
  private final KubernetesVersion version;
  private final HostPolicy policy;
  private final FieldPath root;
  private final boolean runsToCompletion;
  private final List<ContainerRef> containers;
  private final List<ContainerRef> initContainers;
  private final List<ContainerRef> appContainers;
  private final Map<Derived<?>, Object> derived = new IdentityHashMap<>();
  private final Map<String, String> podAnnotations;
  private final FieldPath metadataPath;
  private final Set<String> mainContainers;

  /** The annotation {@code kubectl} reads to pick a pod's default (main) container. */
  public static final String DEFAULT_CONTAINER_ANNOTATION =
      "kubectl.kubernetes.io/default-container";

  /**
   * Creates a context.
   *
   * @param spec the spec; null is treated as an empty spec
   * @param version the target Kubernetes version
   * @param policy the host policy ({@link HostPolicy#none()} for none)
   * @param root the path of the spec, {@code spec} for a Pod or a bare PodSpec
   * @param runsToCompletion true when the workload is a Job or alike (its pod must finish)
   */
  public PodSpecContext(
      V1PodSpec spec,
      KubernetesVersion version,
      HostPolicy policy,
      FieldPath root,
      boolean runsToCompletion) {
    this(spec, version, policy, root, runsToCompletion, Map.of());
  }

  /**
   * Creates a context that also knows the pod's annotations (Pod Security Standards read the
   * AppArmor ones), found at the metadata next to the spec ({@code metadata} for {@code spec},
   * {@code spec.template.metadata} for {@code spec.template.spec}).
   *
   * @param podAnnotations the pod's (or pod template's) annotations; null is none
   */
  public PodSpecContext(
      V1PodSpec spec,
      KubernetesVersion version,
      HostPolicy policy,
      FieldPath root,
      boolean runsToCompletion,
      Map<String, String> podAnnotations) {
    this(spec, version, policy, root, runsToCompletion, podAnnotations, Set.of());
  }

  /**
   * Creates a context that also knows which regular containers are the workload's main containers
   * (a composition knows them: its main container and the host's base-spec containers; only its
   * sidecars emitted into {@code containers} are helpers).
   *
   * @param mainContainers names of the main containers; null or empty when unknown
   */
  public PodSpecContext(
      V1PodSpec spec,
      KubernetesVersion version,
      HostPolicy policy,
      FieldPath root,
      boolean runsToCompletion,
      Map<String, String> podAnnotations,
      Set<String> mainContainers) {
    this.mainContainers = mainContainers == null ? Set.of() : Set.copyOf(mainContainers);
    this.podAnnotations = copy(podAnnotations);
    this.metadataPath = metadataBeside(root);
    this.spec = spec == null ? new V1PodSpec() : spec;
    this.version = Objects.requireNonNull(version, "version");
    this.policy = Objects.requireNonNull(policy, "policy");
    this.root = Objects.requireNonNull(root, "root");
    this.runsToCompletion = runsToCompletion;
    this.containers = List.copyOf(collect(this.spec, root));
    this.initContainers = ofType(containers, ContainerType.INIT_CONTAINER);
    this.appContainers = ofType(containers, ContainerType.CONTAINER);
  }

  private static List<ContainerRef> ofType(List<ContainerRef> all, ContainerType type) {
    List<ContainerRef> some = new ArrayList<>();
    for (ContainerRef ref : all) {
      if (ref.type() == type) {
        some.add(ref);
      }
    }
    return List.copyOf(some);
  }

  private static Map<String, String> copy(Map<String, String> annotations) {
    Map<String, String> ordered = new TreeMap<>();
    if (annotations != null) {
      for (Map.Entry<String, String> entry : annotations.entrySet()) {
        if (entry.getKey() != null) {
          ordered.put(entry.getKey(), entry.getValue());
        }
      }
    }
    return Collections.unmodifiableMap(ordered);
  }

  private static FieldPath metadataBeside(FieldPath root) {
    String text = root.toString();
    if (text.equals("spec") || text.isEmpty()) {
      return FieldPath.of("metadata");
    }
    if (text.endsWith(".spec") && !text.contains("[")) {
      return FieldPath.of(
          (text.substring(0, text.length() - ".spec".length()) + ".metadata").split("\\."));
    }
    return FieldPath.of("metadata");
  }

  private static List<ContainerRef> collect(V1PodSpec spec, FieldPath root) {
    List<ContainerRef> all = new ArrayList<>();
    add(all, spec.getInitContainers(), ContainerType.INIT_CONTAINER, root);
    add(all, spec.getContainers(), ContainerType.CONTAINER, root);
    return all;
  }

  private static void add(
      List<ContainerRef> all, List<V1Container> list, ContainerType type, FieldPath root) {
    if (list == null) {
      return;
    }
    FieldPath listPath = root.child(type.field());
    for (int i = 0; i < list.size(); i++) {
      V1Container container = list.get(i);
      if (container != null) {
        all.add(new ContainerRef(container, type, i, listPath.index(i)));
      }
    }
  }

  /** The spec, never null (its fields may be). */
  public V1PodSpec spec() {
    return spec;
  }

  /** The pod's annotations (sorted), empty when unknown. */
  public Map<String, String> podAnnotations() {
    return podAnnotations;
  }

  /** The path of the pod's metadata, e.g. {@code metadata} or {@code spec.template.metadata}. */
  public FieldPath metadataPath() {
    return metadataPath;
  }

  /** The names of the main containers as given; empty when the caller did not say. */
  public Set<String> mainContainerNames() {
    return mainContainers;
  }

  /**
   * Whether this is one of the workload's main containers (never an init container or sidecar): one
   * named in {@link #mainContainerNames()} when given; else the container the pod's {@code
   * kubectl.kubernetes.io/default-container} annotation names, when it names one; else the first
   * regular container.
   */
  public boolean isMainContainer(ContainerRef ref) {
    if (ref == null || ref.type() != ContainerType.CONTAINER) {
      return false;
    }
    if (!mainContainers.isEmpty()) {
      return mainContainers.contains(ref.container().getName());
    }
    String annotated = podAnnotations.get(DEFAULT_CONTAINER_ANNOTATION);
    if (annotated != null) {
      for (ContainerRef each : appContainers) {
        if (annotated.equals(each.container().getName())) {
          return each == ref;
        }
      }
    }
    return !appContainers.isEmpty() && appContainers.get(0) == ref;
  }

  /** The target Kubernetes version. */
  public KubernetesVersion version() {
    return version;
  }

  /** The host policy. */
  public HostPolicy policy() {
    return policy;
  }

  /** The path of the spec itself, e.g. {@code spec}. */
  public FieldPath root() {
    return root;
  }

  /** True when the pod belongs to a workload that must run to completion (Job, CronJob). */
  public boolean runsToCompletion() {
    return runsToCompletion;
  }

  /** Every non-null init container, then every non-null container, in spec order. */
  public List<ContainerRef> containers() {
    return containers;
  }

  /** The non-null containers of one list. */
  public List<ContainerRef> containers(ContainerType type) {
    return type == ContainerType.INIT_CONTAINER ? initContainers : appContainers;
  }

  /**
   * A value derived from this spec, computed on first use and then shared by every rule of the same
   * validation: entry lists (every env var with its path, every mount, every port) that many rules
   * walk are built once instead of once per rule.
   *
   * <p>The value must be immutable and depend on this context only. A context belongs to one
   * validation on one thread; this method is synchronised so a context shared by mistake stays
   * consistent.
   *
   * @param key what to derive; keep it in a {@code static final} field (keys compare by identity)
   * @param <T> the value's type
   * @return the value, computed at most once per context
   */
  public <T> T derived(Derived<T> key) {
    Objects.requireNonNull(key, "key");
    synchronized (derived) {
      Object known = derived.get(key);
      if (known == null) {
        known = Objects.requireNonNull(key.compute(this), "a derived value must not be null");
        derived.put(key, known);
      }
      @SuppressWarnings("unchecked") // only key.compute stores a value under key
      T value = (T) known;
      return value;
    }
  }

  /**
   * How to derive a value from a context, for {@link #derived}. Implementations are stateless and
   * kept in {@code static final} fields: the instance itself is the cache key.
   *
   * @param <T> the derived value's type
   */
  @FunctionalInterface
  public interface Derived<T> {

    /**
     * Computes the value; called at most once per context.
     *
     * @param context the context
     * @return the value, never null
     */
    T compute(PodSpecContext context);
  }
}
