package dev.podwright.validation.manifest;

import dev.podwright.validation.output.InputError;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The inputs of a validation run, as a command line names them: files, directories (walked
 * recursively for {@code *.yaml}, {@code *.yml} and {@code *.json}, other files skipped, in sorted
 * order) and {@code -} for standard input. Stateless.
 */
public final class ManifestInputs {

  /** The argument that names standard input. */
  public static final String STANDARD_INPUT = "-";

  /** The name standard input is shown by. */
  public static final String STANDARD_INPUT_NAME = "<stdin>";

  private ManifestInputs() {}

  /**
   * One input to read.
   *
   * @param name the name shown in reports: the path as given or as found under a directory, or
   *     {@value #STANDARD_INPUT_NAME}
   * @param path the file; null for standard input, or for an argument that is no valid path
   */
  public record Input(String name, Path path) {

    /**
     * Checks the name.
     *
     * @throws NullPointerException if name is null
     */
    public Input {
      Objects.requireNonNull(name, "name");
    }

    /** True for standard input. */
    public boolean isStandardInput() {
      return path == null && name.equals(STANDARD_INPUT_NAME);
    }
  }

  /**
   * The one input an argument names, a directory not walked (reading it is refused).
   *
   * @param argument a file or {@code -}
   * @throws NullPointerException if argument is null
   */
  public static Input of(String argument) {
    Objects.requireNonNull(argument, "argument");
    if (argument.equals(STANDARD_INPUT)) {
      return new Input(STANDARD_INPUT_NAME, null);
    }
    try {
      return new Input(argument, Path.of(argument));
    } catch (InvalidPathException bad) {
      return new Input(argument, null); // reading it says why
    }
  }

  /**
   * The inputs the arguments name, in argument order, each directory's files sorted by path. A
   * missing file is kept (reading it reports it); a directory with no manifest files adds none.
   *
   * @param arguments files, directories or {@code -}
   * @throws NullPointerException if the list or an element is null
   */
  public static List<Input> expand(List<String> arguments) {
    Objects.requireNonNull(arguments, "arguments");
    List<Input> inputs = new ArrayList<>();
    for (String argument : arguments) {
      Objects.requireNonNull(argument, "argument");
      Input input = of(argument);
      if (input.path() != null && Files.isDirectory(input.path())) {
        walk(input.path(), inputs);
      } else {
        inputs.add(input);
      }
    }
    return List.copyOf(inputs);
  }

  private static void walk(Path directory, List<Input> inputs) {
    try (Stream<Path> files = Files.walk(directory)) {
      files
          .filter(ManifestInputs::isManifestFile)
          .sorted()
          .forEach(file -> inputs.add(new Input(file.toString(), file)));
    } catch (IOException | UncheckedIOException cannotWalk) {
      inputs.add(new Input(directory.toString(), directory));
    }
  }

  private static boolean isManifestFile(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return (name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json"))
        && Files.isRegularFile(file);
  }

  /**
   * Reads an input as UTF-8 text.
   *
   * @param input the input
   * @param stdin read for standard input
   * @param maxBytes the largest input read
   * @throws UnreadableInputException naming the input and why
   */
  public static String read(Input input, InputStream stdin, long maxBytes) {
    byte[] bytes;
    try {
      if (input.isStandardInput()) {
        bytes = stdin.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
      } else if (input.path() == null) {
        throw unreadable(input, "not a valid file name");
      } else {
        if (Files.isDirectory(input.path())) {
          throw unreadable(input, "cannot read the directory");
        }
        if (Files.exists(input.path()) && Files.size(input.path()) > maxBytes) {
          throw unreadable(input, "larger than the read limit of " + maxBytes + " bytes");
        }
        bytes = Files.readAllBytes(input.path());
      }
    } catch (NoSuchFileException missing) {
      throw unreadable(input, "no such file");
    } catch (IOException cannotRead) {
      throw unreadable(input, "cannot read: " + cannotRead.getMessage());
    }
    if (bytes.length > maxBytes) {
      throw unreadable(input, "larger than the read limit of " + maxBytes + " bytes");
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException notUtf8) {
      throw unreadable(input, "not UTF-8 text; save it as UTF-8 and retry");
    }
  }

  private static UnreadableInputException unreadable(Input input, String why) {
    return new UnreadableInputException(InputError.of(input.name() + ": " + why));
  }

  /** An input that cannot be read at all: missing, too large, not UTF-8. */
  public static final class UnreadableInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient InputError error;

    UnreadableInputException(InputError error) {
      super(error.message());
      this.error = error;
    }

    /** Why, naming the input. */
    public InputError error() {
      return error;
    }
  }
}
