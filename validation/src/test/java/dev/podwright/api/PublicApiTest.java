package dev.podwright.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podwright.emit.PodSpecEmitter;
import dev.podwright.validation.PodSpecValidator;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The published API (every public type of core and validation) never leaks a type a user cannot
 * use: no package-private Podwright type, and no third-party type beyond the dependencies the
 * README promises (the official Kubernetes models, Jackson, Jakarta Validation).
 */
class PublicApiTest {

  private static final List<String> ALLOWED_FOREIGN_PACKAGES =
      List.of("java.", "io.kubernetes.client.", "com.fasterxml.jackson.", "jakarta.validation.");

  @Test
  void publicSignaturesUseOnlyPublicOrPromisedTypes() throws Exception {
    Set<String> leaks = new TreeSet<>();
    List<Class<?>> types = new ArrayList<>();
    types.addAll(classesBeside(PodSpecEmitter.class));
    types.addAll(classesBeside(PodSpecValidator.class));
    assertThat(types).hasSizeGreaterThan(40);

    for (Class<?> type : types) {
      if (!isExported(type)) {
        continue;
      }
      for (Method method : type.getDeclaredMethods()) {
        if (isVisible(method.getModifiers()) && !method.isSynthetic() && !method.isBridge()) {
          check(type, method.getName(), method.getGenericReturnType(), leaks);
          for (Type parameter : method.getGenericParameterTypes()) {
            check(type, method.getName(), parameter, leaks);
          }
        }
      }
      for (Constructor<?> constructor : type.getDeclaredConstructors()) {
        if (isVisible(constructor.getModifiers()) && !constructor.isSynthetic()) {
          for (Type parameter : constructor.getGenericParameterTypes()) {
            check(type, "<init>", parameter, leaks);
          }
        }
      }
      for (Field field : type.getDeclaredFields()) {
        if (isVisible(field.getModifiers()) && !field.isSynthetic()) {
          check(type, field.getName(), field.getGenericType(), leaks);
        }
      }
      if (type.getGenericSuperclass() != null) {
        check(type, "extends", type.getGenericSuperclass(), leaks);
      }
    }

    assertThat(leaks).as("public API members that expose unusable types").isEmpty();
  }

  private static boolean isVisible(int modifiers) {
    return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
  }

  private static boolean isExported(Class<?> type) {
    for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
      if (!Modifier.isPublic(c.getModifiers()) || c.isAnonymousClass() || c.isLocalClass()) {
        return false;
      }
    }
    return true;
  }

  private static void check(Class<?> owner, String member, Type type, Set<String> leaks) {
    if (type instanceof Class<?> c) {
      Class<?> raw = c;
      while (raw.isArray()) {
        raw = raw.getComponentType();
      }
      if (raw.isPrimitive()) {
        return;
      }
      String name = raw.getName();
      if (name.startsWith("dev.podwright.")) {
        if (!isExported(raw)) {
          leaks.add(owner.getName() + "#" + member + " exposes non-public " + name);
        }
      } else if (ALLOWED_FOREIGN_PACKAGES.stream().noneMatch(name::startsWith)) {
        leaks.add(owner.getName() + "#" + member + " exposes third-party " + name);
      }
    } else if (type instanceof ParameterizedType parameterized) {
      check(owner, member, parameterized.getRawType(), leaks);
      for (Type argument : parameterized.getActualTypeArguments()) {
        check(owner, member, argument, leaks);
      }
    } else if (type instanceof GenericArrayType array) {
      check(owner, member, array.getGenericComponentType(), leaks);
    } else if (type instanceof WildcardType wildcard) {
      Stream.concat(Stream.of(wildcard.getUpperBounds()), Stream.of(wildcard.getLowerBounds()))
          .forEach(bound -> check(owner, member, bound, leaks));
    } else if (type instanceof TypeVariable<?> variable) {
      for (Type bound : variable.getBounds()) {
        if (!(bound instanceof TypeVariable<?>)
            && !bound.getTypeName().contains(variable.getName())) {
          check(owner, member, bound, leaks);
        }
      }
    }
  }

  /** Every class in the jar or directory the given class was loaded from. */
  private static List<Class<?>> classesBeside(Class<?> anchor)
      throws IOException, URISyntaxException, ClassNotFoundException {
    Path location = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<String> names = new ArrayList<>();
    if (Files.isDirectory(location)) {
      collect(location, names);
    } else {
      try (FileSystem jar = FileSystems.newFileSystem(location)) {
        collect(jar.getPath("/"), names);
      }
    }
    List<Class<?>> classes = new ArrayList<>();
    for (String name : names) {
      classes.add(Class.forName(name, false, anchor.getClassLoader()));
    }
    return classes;
  }

  private static void collect(Path root, List<String> names) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      files
          .map(root::relativize)
          .map(Path::toString)
          .filter(file -> file.endsWith(".class") && !file.contains("module-info"))
          .filter(file -> file.startsWith("dev/") || file.startsWith("/dev/"))
          .sorted()
          .forEach(
              file ->
                  names.add(
                      file.replaceFirst("^/", "")
                          .replace('/', '.')
                          .substring(0, file.replaceFirst("^/", "").length() - 6)));
    }
  }
}
