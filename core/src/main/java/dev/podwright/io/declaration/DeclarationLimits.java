package dev.podwright.io.declaration;

/**
 * Bounds on what a reader accepts, so that a hostile or broken document fails fast instead of
 * exhausting memory: a YAML "billion laughs" bomb is refused by the alias and node limits.
 *
 * @param maxBytes the largest document, in bytes
 * @param maxDepth the deepest nesting of maps and lists
 * @param maxAliases the most YAML aliases ({@code *name}) expanded
 * @param maxNodes the most values (scalars, maps and lists) in the document after expanding aliases
 * @param maxStringLength the longest scalar, in characters
 */
public record DeclarationLimits(
    int maxBytes, int maxDepth, int maxAliases, int maxNodes, int maxStringLength) {

  /** 1 MiB, depth 64, 100 aliases, 100 000 values, strings up to 256 KiB. */
  public static final DeclarationLimits DEFAULTS =
      new DeclarationLimits(1 << 20, 64, 100, 100_000, 256 * 1024);

  /** Requires every limit to be positive. */
  public DeclarationLimits {
    if (maxBytes < 1 || maxDepth < 1 || maxAliases < 0 || maxNodes < 1 || maxStringLength < 1) {
      throw new IllegalArgumentException("limits must be positive");
    }
  }
}
