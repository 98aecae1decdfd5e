package dev.pmlint.lint;

import dev.pmlint.source.SpecFormat;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Expands the paths given on the command line into the spec files to lint. */
public final class InputCollector {

  /** Directories never walked: VCS metadata, dependencies and build output. */
  public static final Set<String> SKIPPED_DIRECTORIES = Set.of(".git", "node_modules", "target", "build");

  private final Path root;

  public InputCollector(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  public Path root() {
    return root;
  }

  /**
   * Files named explicitly are kept whatever their extension; directories are walked for
   * {@code *.json}, {@code *.yaml} and {@code *.yml}. Each file appears once, in path order.
   *
   * @throws MissingPathException when a path does not exist
   */
  public List<SpecInput> collect(List<Path> paths) {
    Map<Path, SpecInput> found = new LinkedHashMap<>();
    for (Path given : paths) {
      Path p = given.toAbsolutePath().normalize();
      if (!Files.exists(p)) {
        throw new MissingPathException(given.toString());
      }
      if (Files.isDirectory(p)) {
        List<Path> walked = walk(p);
        walked.sort(Comparator.comparing(Path::toString));
        for (Path f : walked) {
          found.putIfAbsent(f, SpecInput.file(f, root, false));
        }
      } else {
        found.put(p, SpecInput.file(p, root, true));
      }
    }
    List<SpecInput> inputs = new ArrayList<>(found.values());
    inputs.sort(Comparator.comparing(SpecInput::displayPath));
    return inputs;
  }

  private static List<Path> walk(Path dir) {
    List<Path> files = new ArrayList<>();
    try {
      Files.walkFileTree(dir, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
          if (!d.equals(dir) && SKIPPED_DIRECTORIES.contains(d.getFileName().toString())) {
            return FileVisitResult.SKIP_SUBTREE;
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
          if (attrs.isRegularFile() && SpecFormat.ofFileName(f.getFileName().toString()).isPresent()) {
            files.add(f);
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path f, IOException e) {
          // An unreadable entry is linted (and reported as PM001) rather than dropped silently.
          if (SpecFormat.ofFileName(f.getFileName().toString()).isPresent()) {
            files.add(f);
          }
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  /** A path named on the command line that does not exist: a usage error (exit 2). */
  public static final class MissingPathException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public MissingPathException(String path) {
      super("No such file or directory: " + path);
    }
  }
}
