package dev.podwright.validation.output;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What was found in one input: its documents, or why it could not be read.
 *
 * @param file the input's name as given ({@code <stdin>} for standard input)
 * @param documents the documents found, in order; empty when unreadable or when none holds a pod
 * @param error why the input could not be read, or null
 */
public record FileResult(String file, List<DocumentResult> documents, InputError error) {

  /**
   * Copies the list.
   *
   * @throws NullPointerException if file or documents is null
   */
  public FileResult {
    Objects.requireNonNull(file, "file");
    documents = List.copyOf(documents);
  }

  /** An input that could not be read. */
  public static FileResult unreadable(String file, InputError error) {
    return new FileResult(file, List.of(), Objects.requireNonNull(error, "error"));
  }

  /** Why the input could not be read, if it could not. */
  public Optional<InputError> readError() {
    return Optional.ofNullable(error);
  }
}
