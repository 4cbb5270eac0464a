package dev.podwright.validation.rules.runtime;

/** Image reference parsing for the runtime rules. */
final class ImageRefs {

  private ImageRefs() {}

  /** The tag of a reference without digest, or null when it has none. */
  static String tag(String image) {
    int slash = image.lastIndexOf('/');
    int colon = image.lastIndexOf(':');
    return colon > slash ? image.substring(colon + 1) : null;
  }
}
