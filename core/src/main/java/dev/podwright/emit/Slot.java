package dev.podwright.emit;

import dev.podwright.model.ContainerSpec;
import dev.podwright.model.Owner;
import io.kubernetes.client.openapi.models.V1Container;

/** One container of the emitted lists with where it came from. Used by one emission only. */
final class Slot {

  /** What a slot of the emitted container lists holds. */
  enum Role {
    HOST,
    MAIN_MERGED,
    MAIN,
    SIDECAR,
    INIT
  }

  final V1Container container;
  final Role role;
  final Origin.Source source;
  final String declarationPath;
  final Owner owner;
  final String detail;
  final ContainerSpec declared;

  Slot(
      V1Container container,
      Role role,
      Origin.Source source,
      String declarationPath,
      Owner owner,
      String detail,
      ContainerSpec declared) {
    this.container = container;
    this.role = role;
    this.source = source;
    this.declarationPath = declarationPath;
    this.owner = owner;
    this.detail = detail;
    this.declared = declared;
  }

  String name() {
    return container.getName();
  }

  /** Whether injections may add to it: the host's containers and the main container. */
  boolean injectable() {
    return role == Role.HOST || role == Role.MAIN || role == Role.MAIN_MERGED;
  }
}
