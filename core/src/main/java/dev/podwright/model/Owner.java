package dev.podwright.model;

import java.util.Objects;

/**
 * Who a container belongs to: the platform that runs the workload, or the platform's user. A host
 * may name more owners (a team, an add-on). Workload-kind restrictions and host policies apply to
 * user-owned containers unless a rule says otherwise; findings say whose container they are about.
 *
 * <p>A composition's containers are {@link #USER}-owned unless their builder says otherwise; the
 * host's base spec's containers are {@link #PLATFORM}-owned unless the host says otherwise.
 *
 * @param name the owner's name, e.g. {@code platform}, {@code user}, {@code mesh}
 */
public record Owner(String name) {

  /** The platform: its own containers (Numaflow's {@code numa}, HKube's {@code worker}). */
  public static final Owner PLATFORM = new Owner("platform");

  /** The platform's user: what the user attached to the workload. */
  public static final Owner USER = new Owner("user");

  /**
   * Requires a non-blank name.
   *
   * @throws IllegalArgumentException when the name is null or blank
   */
  public Owner {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("an owner needs a non-blank name");
    }
  }

  /** The owner of this name; {@code platform} and {@code user} give the constants. */
  public static Owner of(String name) {
    if (PLATFORM.name.equals(name)) {
      return PLATFORM;
    }
    if (USER.name.equals(name)) {
      return USER;
    }
    return new Owner(Objects.requireNonNull(name, "name"));
  }

  /** Whether this is {@link #USER}. */
  public boolean isUser() {
    return USER.name.equals(name);
  }

  /** Whether this is {@link #PLATFORM}. */
  public boolean isPlatform() {
    return PLATFORM.name.equals(name);
  }

  @Override
  public String toString() {
    return name;
  }
}
