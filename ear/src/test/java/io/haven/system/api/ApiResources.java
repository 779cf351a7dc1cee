package io.haven.system.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

/**
 * The JAX-RS operations the API module really has, read from haven-api.war inside the built EAR:
 * what the OpenAPI document must describe, found without a list a developer could forget.
 */
final class ApiResources {

  /** One resource method: {@code path} as requested and as the document writes it, e.g. {@code /api/v1/ping}. */
  record Operation(String method, String path) {}

  private ApiResources() {}

  static List<Operation> inBuiltEar() throws IOException, ReflectiveOperationException {
    java.nio.file.Path classes = extractClasses();
    try {
      return operations(classes);
    } finally {
      try (var files = Files.walk(classes)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
      }
    }
  }

  private static List<Operation> operations(java.nio.file.Path classes) throws IOException, ReflectiveOperationException {
    List<Class<?>> candidates = new ArrayList<>();
    try (URLClassLoader loader =
        new URLClassLoader(new URL[] {classes.toUri().toURL()}, ApiResources.class.getClassLoader())) {
      try (var files = Files.walk(classes)) {
        for (java.nio.file.Path file : (Iterable<java.nio.file.Path>) files::iterator) {
          String name = classes.relativize(file).toString();
          // Load only what mentions JAX-RS path annotations: other classes may need server modules.
          if (name.endsWith(".class") && mentions(file, "Ljakarta/ws/rs/Path;", "Ljakarta/ws/rs/ApplicationPath;")) {
            candidates.add(loader.loadClass(name.replace('/', '.').replaceAll("\\.class$", "")));
          }
        }
      }
      String root =
          join(contextRoot(), candidates.stream()
              .filter(c -> c.isAnnotationPresent(ApplicationPath.class))
              .map(c -> c.getAnnotation(ApplicationPath.class).value())
              .findFirst()
              .orElseThrow(() -> new IllegalStateException("no @ApplicationPath in haven-api.war")));
      List<Operation> operations = new ArrayList<>();
      for (Class<?> resource : candidates) {
        if (!resource.isAnnotationPresent(Path.class)) {
          continue;
        }
        for (Method method : resource.getMethods()) {
          String http = httpMethod(method);
          if (http != null) {
            String path = join(root, resource.getAnnotation(Path.class).value());
            if (method.isAnnotationPresent(Path.class)) {
              path = join(path, method.getAnnotation(Path.class).value());
            }
            operations.add(new Operation(http.toLowerCase(Locale.ROOT), path));
          }
        }
      }
      return operations;
    }
  }

  private static String httpMethod(Method method) {
    for (Annotation annotation : method.getAnnotations()) {
      HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
      if (http != null) {
        return http.value();
      }
    }
    return null;
  }

  private static String join(String left, String right) {
    String joined = "/" + strip(left) + "/" + strip(right);
    return joined.replaceAll("/+", "/").replaceAll("(.)/$", "$1");
  }

  private static String strip(String segment) {
    return segment.replaceAll("^/+|/+$", "");
  }

  private static boolean mentions(java.nio.file.Path classFile, String... descriptors) throws IOException {
    String bytes = new String(Files.readAllBytes(classFile), StandardCharsets.ISO_8859_1);
    for (String descriptor : descriptors) {
      if (bytes.contains(descriptor)) {
        return true;
      }
    }
    return false;
  }

  /** The API module's context root as the EAR's application.xml sets it. */
  private static String contextRoot() throws IOException {
    try (ZipFile ear = new ZipFile(earFile())) {
      String xml = new String(ear.getInputStream(ear.getEntry("META-INF/application.xml")).readAllBytes(), StandardCharsets.UTF_8);
      Matcher module =
          Pattern.compile("<web-uri>haven-api\\.war</web-uri>\\s*<context-root>([^<]+)</context-root>").matcher(xml);
      if (!module.find()) {
        throw new IllegalStateException("haven.ear's application.xml has no context root for haven-api.war");
      }
      return module.group(1);
    }
  }

  private static String earFile() {
    return System.getProperty("haven.ear", "target/haven.ear");
  }

  private static java.nio.file.Path extractClasses() throws IOException {
    java.nio.file.Path target = Files.createTempDirectory("haven-api-war");
    try (ZipFile ear = new ZipFile(earFile())) {
      ZipEntry war = ear.getEntry("haven-api.war");
      if (war == null) {
        throw new IllegalStateException("haven.ear has no haven-api.war");
      }
      try (InputStream in = ear.getInputStream(war);
          ZipInputStream entries = new ZipInputStream(in)) {
        for (ZipEntry entry; (entry = entries.getNextEntry()) != null; ) {
          String name = entry.getName();
          if (!entry.isDirectory() && name.startsWith("WEB-INF/classes/") && name.endsWith(".class")) {
            java.nio.file.Path file = target.resolve(name.substring("WEB-INF/classes/".length())).normalize();
            if (!file.startsWith(target)) {
              throw new IllegalStateException("suspicious entry " + name);
            }
            Files.createDirectories(file.getParent());
            Files.copy(entries, file);
          }
        }
      }
    }
    return target;
  }
}
