package dev.podwright.validation.manifest;

import dev.podwright.io.InputFormat;
import dev.podwright.validation.output.DocumentResult;
import java.util.List;
import java.util.Optional;

/**
 * Validates the inputs of a run that are declarations rather than manifests (a Podwright
 * declaration, or a host's own format such as a Numaflow pipeline), for {@link
 * ManifestValidator#validateInputs(List, java.io.InputStream, DeclarationHandler)}. Must be
 * thread-safe when the run is shared.
 */
@FunctionalInterface
public interface DeclarationHandler {

  /** Reads no input as a declaration: every input is a manifest. */
  DeclarationHandler NONE = (text, source, format) -> Optional.empty();

  /**
   * Validates the input if it is a declaration this handler reads.
   *
   * @param text the input's text
   * @param source its name, for locations
   * @param format what it looks like
   * @return one result per composition, or empty to read the input as a manifest
   * @throws dev.podwright.io.declaration.DeclarationReadException when it is a declaration that
   *     cannot be read (the input is then unreadable)
   */
  Optional<List<DocumentResult>> validate(String text, String source, InputFormat format);
}
