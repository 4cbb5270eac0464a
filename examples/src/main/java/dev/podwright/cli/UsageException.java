package dev.podwright.cli;

/** Bad usage: an unknown command or option, a missing or malformed value. Exit code 2. */
final class UsageException extends Exception {

  private static final long serialVersionUID = 1L;

  UsageException(String message) {
    super(message);
  }
}
