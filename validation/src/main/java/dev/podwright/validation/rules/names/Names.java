package dev.podwright.validation.rules.names;

/** Shared constants of the name rules. */
final class Names {

  static final String SECTION = "A. Names and format primitives";

  private Names() {}
}
