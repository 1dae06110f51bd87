package id.ngopeni.api.console;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The server's main Java sources read as text, just well enough to find calls such as
 * {@code new FieldError(...)} and take one argument of each: comments are blanked, string
 * literals and text blocks are skipped over, arguments are split at the commas of the call's own
 * level. Not a Java parser; the tests that use it fail loudly on anything it cannot read.
 */
final class SourceCalls {
  /** One call found: the file's simple name, its line, and its arguments as written. */
  record Call(String file, int line, List<String> args) {}

  private final Map<String, Source> sources = new TreeMap<>();

  private record Source(String text, String masked) {}

  /** Every {@code *.java} under {@code <module>/src/main/java} of the given modules. */
  SourceCalls(Path root, String... modules) {
    for (String module : modules) {
      Path dir = root.resolve(module).resolve("src/main/java");
      if (!Files.isDirectory(dir)) {
        throw new IllegalStateException("No sources at " + dir.toAbsolutePath());
      }
      try (Stream<Path> files = Files.walk(dir)) {
        files.filter(p -> p.toString().endsWith(".java")).forEach(p -> {
          String text = read(p);
          String name = p.getFileName().toString();
          if (sources.containsKey(name) && !name.equals("package-info.java")) {
            throw new IllegalStateException("Two sources named " + name + ": name them by path here");
          }
          sources.put(name, new Source(text, mask(text)));
        });
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  int fileCount() {
    return sources.size();
  }

  /**
   * Calls that start with {@code opener} (e.g. {@code "new FieldError("} or {@code ".add("}) and
   * have exactly {@code arity} arguments, in files whose simple name passes {@code files}.
   * Declarations ({@code invalid(String code, String message) {}) are not calls and are skipped.
   */
  List<Call> calls(Predicate<String> files, String opener, int arity) {
    if (!opener.endsWith("(")) {
      throw new IllegalArgumentException("An opener ends with '(': " + opener);
    }
    List<Call> found = new ArrayList<>();
    sources.forEach((name, source) -> {
      if (!files.test(name)) {
        return;
      }
      String masked = source.masked;
      for (int at = masked.indexOf(opener); at >= 0; at = masked.indexOf(opener, at + 1)) {
        boolean wordStart = at == 0 || !Character.isJavaIdentifierPart(masked.charAt(at - 1))
            || !Character.isJavaIdentifierStart(opener.charAt(0));
        if (!wordStart) {
          continue;
        }
        int open = at + opener.length() - 1;
        int close = closing(masked, open);
        List<String> args = arguments(source, open, close);
        if (args.size() != arity || isDeclaration(masked, close)) {
          continue;
        }
        found.add(new Call(name, line(masked, at), args));
      }
    });
    return found;
  }

  /** Splits {@code a ? b : c} (at the top level of the expression) into b and c, else null. */
  static List<String> branches(String expression) {
    String masked = mask(expression);
    int depth = 0;
    int question = -1;
    int nested = 0;
    for (int i = 0; i < masked.length(); i++) {
      char c = masked.charAt(i);
      if (c == '(' || c == '[' || c == '{') {
        depth++;
      } else if (c == ')' || c == ']' || c == '}') {
        depth--;
      } else if (depth == 0 && c == '?') {
        if (question < 0) {
          question = i;
        } else {
          nested++;
        }
      } else if (depth == 0 && c == ':' && question >= 0) {
        if (nested > 0) {
          nested--;
        } else {
          return List.of(expression.substring(question + 1, i).strip(), expression.substring(i + 1).strip());
        }
      }
    }
    return null;
  }

  private static List<String> arguments(Source source, int open, int close) {
    List<String> args = new ArrayList<>();
    int depth = 0;
    int start = open + 1;
    for (int i = open + 1; i < close; i++) {
      char c = source.masked.charAt(i);
      if (c == '(' || c == '[' || c == '{') {
        depth++;
      } else if (c == ')' || c == ']' || c == '}') {
        depth--;
      } else if (c == ',' && depth == 0) {
        args.add(normalise(source.text.substring(start, i)));
        start = i + 1;
      }
    }
    String last = normalise(source.text.substring(start, close));
    if (!last.isEmpty() || !args.isEmpty()) {
      args.add(last);
    }
    return args;
  }

  private static String normalise(String expression) {
    return expression.strip().replaceAll("\\s+", " ");
  }

  private static int closing(String masked, int open) {
    int depth = 0;
    for (int i = open; i < masked.length(); i++) {
      char c = masked.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')' && --depth == 0) {
        return i;
      }
    }
    throw new IllegalStateException("Unbalanced parenthesis at offset " + open);
  }

  /** A method or constructor declaration: its parameter list is followed by a body or throws. */
  private static boolean isDeclaration(String masked, int close) {
    String after = masked.substring(close + 1).stripLeading();
    return after.startsWith("{") || after.startsWith("throws ");
  }

  private static int line(String text, int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }

  /**
   * The text with comments turned to spaces and the insides of string, text-block and char
   * literals turned to {@code _}, so brackets and commas in them do not count; offsets and line
   * breaks stay where they were.
   */
  static String mask(String text) {
    StringBuilder out = new StringBuilder(text);
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (text.startsWith("//", i)) {
        while (i < n && text.charAt(i) != '\n') {
          out.setCharAt(i++, ' ');
        }
      } else if (text.startsWith("/*", i)) {
        int end = text.indexOf("*/", i + 2);
        end = end < 0 ? n : end + 2;
        for (; i < end; i++) {
          if (text.charAt(i) != '\n') {
            out.setCharAt(i, ' ');
          }
        }
      } else if (text.startsWith("\"\"\"", i)) {
        int end = text.indexOf("\"\"\"", i + 3);
        while (end > 0 && text.charAt(end - 1) == '\\') {
          end = text.indexOf("\"\"\"", end + 1);
        }
        end = end < 0 ? n : end;
        for (i += 3; i < end; i++) {
          if (text.charAt(i) != '\n') {
            out.setCharAt(i, '_');
          }
        }
        i += 3;
      } else if (c == '"' || c == '\'') {
        i++;
        while (i < n && text.charAt(i) != c) {
          if (text.charAt(i) == '\\') {
            out.setCharAt(i++, '_');
          }
          out.setCharAt(i++, '_');
        }
        i++;
      } else {
        i++;
      }
    }
    return out.toString();
  }

  private static String read(Path path) {
    try {
      return Files.readString(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
