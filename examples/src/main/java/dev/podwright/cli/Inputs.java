package dev.podwright.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads the command's inputs: files, or standard input for {@code -}. */
final class Inputs {

  /** The largest input read, in bytes (the manifest reader's default limit). */
  static final int MAX_BYTES = 4 * 1024 * 1024;

  private final InputStream stdin;

  Inputs(InputStream stdin) {
    this.stdin = stdin;
  }

  /** The name shown for an input: the file as given, {@code <stdin>} for {@code -}. */
  String displayName(String file) {
    return file.equals("-") ? "<stdin>" : file;
  }

  /**
   * The input's text, UTF-8.
   *
   * @throws UnreadableException when it cannot be read, is too large or is not UTF-8
   */
  String read(String file) {
    byte[] bytes;
    try {
      if (file.equals("-")) {
        bytes = stdin.readNBytes(MAX_BYTES + 1);
      } else {
        Path path = Path.of(file);
        if (Files.isDirectory(path)) {
          throw new UnreadableException(file + ": is a directory, not a file");
        }
        if (Files.exists(path) && Files.size(path) > MAX_BYTES) {
          throw new UnreadableException(file + ": larger than " + MAX_BYTES + " bytes");
        }
        bytes = Files.readAllBytes(path);
      }
    } catch (NoSuchFileException missing) {
      throw new UnreadableException(file + ": no such file");
    } catch (IOException | InvalidPathException cannotRead) {
      throw new UnreadableException(
          displayName(file) + ": cannot read: " + cannotRead.getMessage());
    }
    if (bytes.length > MAX_BYTES) {
      throw new UnreadableException(displayName(file) + ": larger than " + MAX_BYTES + " bytes");
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException notUtf8) {
      throw new UnreadableException(displayName(file) + ": not UTF-8 text");
    }
  }

  /** An input that cannot be read; its message names the input and the reason. */
  static final class UnreadableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UnreadableException(String message) {
      super(message);
    }
  }
}
