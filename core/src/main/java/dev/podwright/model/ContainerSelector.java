package dev.podwright.model;

import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Chooses the host's containers an {@link Injection} goes into: every app container (the regular
 * containers of the base spec and the composition's main container, never the composition's own
 * sidecars or init containers), containers by name, by owner, or by a predicate. Immutable.
 */
public final class ContainerSelector {

  /** How a selector chooses. */
  public enum Kind {
    /** Every regular container of the host's pod, init containers excluded. */
    ALL_APP_CONTAINERS,
    /** The containers (regular or init) of the given names. */
    NAMED,
    /** The containers (regular or init) of the given owner. */
    OWNED_BY,
    /** The containers a host's predicate accepts. */
    MATCHING
  }

  private static final ContainerSelector ALL_APP =
      new ContainerSelector(Kind.ALL_APP_CONTAINERS, List.of(), null, null, "all app containers");

  private final Kind kind;
  private final List<String> names;
  private final Owner owner;
  private final Predicate<TargetContainer> predicate;
  private final String description;

  private ContainerSelector(
      Kind kind,
      List<String> names,
      Owner owner,
      Predicate<TargetContainer> predicate,
      String description) {
    this.kind = kind;
    this.names = names;
    this.owner = owner;
    this.predicate = predicate;
    this.description = description;
  }

  /** Every app container: the base spec's regular containers and the main container. */
  public static ContainerSelector allAppContainers() {
    return ALL_APP;
  }

  /**
   * The containers of these names, regular or init.
   *
   * @throws IllegalArgumentException when no name is given or a name is null or blank
   */
  public static ContainerSelector named(String... containerNames) {
    if (containerNames == null || containerNames.length == 0) {
      throw new IllegalArgumentException("a named selector needs at least one container name");
    }
    for (String name : containerNames) {
      if (name == null || name.isBlank()) {
        throw new IllegalArgumentException("a named selector's container names cannot be blank");
      }
    }
    List<String> copy = List.of(containerNames);
    return new ContainerSelector(Kind.NAMED, copy, null, null, "containers named " + copy);
  }

  /**
   * The containers of this owner, regular or init.
   *
   * @throws IllegalArgumentException when the owner is null
   */
  public static ContainerSelector ownedBy(Owner containerOwner) {
    if (containerOwner == null) {
      throw new IllegalArgumentException("an owner selector needs an owner");
    }
    return new ContainerSelector(
        Kind.OWNED_BY, List.of(), containerOwner, null, "containers owned by " + containerOwner);
  }

  /**
   * The containers the predicate accepts, described for provenance and error messages.
   *
   * @throws IllegalArgumentException when the description or the predicate is null
   */
  public static ContainerSelector matching(String description, Predicate<TargetContainer> test) {
    if (description == null || test == null) {
      throw new IllegalArgumentException("a matching selector needs a description and a predicate");
    }
    return new ContainerSelector(Kind.MATCHING, List.of(), null, test, description);
  }

  /** How this selector chooses. */
  public Kind kind() {
    return kind;
  }

  /** The names, for {@link Kind#NAMED}; else empty. */
  public List<String> names() {
    return names;
  }

  /** The owner, for {@link Kind#OWNED_BY}; else null. */
  public Owner owner() {
    return owner;
  }

  /** Whether the selector chooses this container. */
  public boolean matches(TargetContainer target) {
    switch (kind) {
      case ALL_APP_CONTAINERS:
        return target.appContainer();
      case NAMED:
        return target.name() != null && names.contains(target.name());
      case OWNED_BY:
        return owner.equals(target.owner());
      default:
        return predicate.test(target);
    }
  }

  /** What it selects, in words. */
  public String description() {
    return description;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    return other instanceof ContainerSelector that
        && kind == that.kind
        && names.equals(that.names)
        && Objects.equals(owner, that.owner)
        && Objects.equals(predicate, that.predicate)
        && description.equals(that.description);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, names, owner, description);
  }

  @Override
  public String toString() {
    return description;
  }
}
