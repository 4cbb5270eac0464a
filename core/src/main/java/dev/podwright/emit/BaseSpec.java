package dev.podwright.emit;

import dev.podwright.kubernetes.KubernetesModels;
import dev.podwright.model.Owner;
import io.kubernetes.client.openapi.models.V1PodSpec;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The host's own pod spec a composition is laid over, with whose each of its containers is: {@link
 * Owner#PLATFORM} unless the host says otherwise. Immutable: the spec is deep-copied in and out.
 *
 * <pre>{@code
 * BaseSpec base = BaseSpec.of(numaflowDefaults).withOwner("user-logger", Owner.USER);
 * }</pre>
 */
public final class BaseSpec {

  private final V1PodSpec spec;

  /** The spec in canonical form, made once: what every emission copies. */
  private final V1PodSpec canonical;

  private final Map<String, Owner> owners;
  private final Owner defaultOwner;

  /** True for a base made for one emission, which takes its canonical spec without a copy. */
  private final boolean singleUse;

  private BaseSpec(
      V1PodSpec spec, V1PodSpec canonical, Map<String, Owner> owners, Owner defaultOwner) {
    this(spec, canonical, owners, defaultOwner, false);
  }

  private BaseSpec(
      V1PodSpec spec,
      V1PodSpec canonical,
      Map<String, Owner> owners,
      Owner defaultOwner,
      boolean singleUse) {
    this.spec = spec;
    this.canonical = canonical;
    this.owners = owners;
    this.defaultOwner = defaultOwner;
    this.singleUse = singleUse;
  }

  /**
   * A base for exactly one emission that never escapes it: one canonical copy of the spec, which
   * that emission builds on directly.
   */
  static BaseSpec forOneEmission(V1PodSpec spec) {
    if (spec == null) {
      return EMPTY;
    }
    V1PodSpec canonical = KubernetesModels.canonicalCopy(spec);
    return new BaseSpec(canonical, canonical, Map.of(), Owner.PLATFORM, true);
  }

  /** The empty base, shared: a base is immutable (its spec is copied in and out). */
  private static final BaseSpec EMPTY = of(null);

  /** No base: the composition alone. */
  public static BaseSpec empty() {
    return EMPTY;
  }

  /** The host's spec (deep-copied; null is empty), every container platform-owned. */
  public static BaseSpec of(V1PodSpec spec) {
    V1PodSpec copy = spec == null ? new V1PodSpec() : KubernetesModels.deepCopy(spec);
    return new BaseSpec(copy, KubernetesModels.canonicalCopy(copy), Map.of(), Owner.PLATFORM);
  }

  /**
   * This base with the named container owned by another owner.
   *
   * @throws IllegalArgumentException when the name or owner is null
   */
  public BaseSpec withOwner(String containerName, Owner owner) {
    if (containerName == null || owner == null) {
      throw new IllegalArgumentException("a container owner needs a container name and an owner");
    }
    Map<String, Owner> next = new TreeMap<>(owners);
    next.put(containerName, owner);
    return new BaseSpec(spec, canonical, Map.copyOf(next), defaultOwner);
  }

  /**
   * This base with every container not named otherwise owned by the given owner.
   *
   * @throws IllegalArgumentException when the owner is null
   */
  public BaseSpec withDefaultOwner(Owner owner) {
    if (owner == null) {
      throw new IllegalArgumentException("a default owner cannot be null");
    }
    return new BaseSpec(spec, canonical, owners, owner);
  }

  /** A deep copy of the spec. */
  public V1PodSpec spec() {
    return KubernetesModels.deepCopy(spec);
  }

  /** The owner of the base container of this name. */
  public Owner ownerOf(String containerName) {
    Owner owner = containerName == null ? null : owners.get(containerName);
    return owner != null ? owner : defaultOwner;
  }

  /** A deep copy of the spec in canonical form, for one emission to build on. */
  V1PodSpec specForAssembly() {
    if (this == EMPTY) {
      // nothing to copy: a new spec, whose empty default lists the assembler's Canonical.clean
      // nulls
      return new V1PodSpec();
    }
    return singleUse ? canonical : KubernetesModels.deepCopy(canonical);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof BaseSpec that
        && spec.equals(that.spec)
        && owners.equals(that.owners)
        && defaultOwner.equals(that.defaultOwner);
  }

  @Override
  public int hashCode() {
    return Objects.hash(spec, owners, defaultOwner);
  }
}
