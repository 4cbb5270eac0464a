package dev.podwright.emit;

/**
 * One collision between the host's base spec and the composition.
 *
 * @param path where, e.g. {@code spec.containers[0].image}
 * @param existing what the base spec has there
 * @param incoming what the composition wants there
 * @param message what collides and how to resolve it
 */
public record MergeConflict(String path, String existing, String incoming, String message) {

  @Override
  public String toString() {
    return path + ": " + message;
  }
}
