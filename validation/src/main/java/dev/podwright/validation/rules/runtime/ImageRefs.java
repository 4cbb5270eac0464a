package dev.podwright.validation.rules.runtime;

/** Image reference parsing for the runtime rules. */
final class ImageRefs {

  private ImageRefs() {}

  /** The index of the colon before the tag of a reference without digest, or -1 without a tag. */
  static int tagColon(String image) {
    int slash = image.lastIndexOf('/');
    int colon = image.lastIndexOf(':');
    return colon > slash ? colon : -1;
  }
}
