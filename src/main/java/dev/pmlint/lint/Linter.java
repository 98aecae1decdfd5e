package dev.pmlint.lint;

import dev.pmlint.check.DocumentCheck;
import dev.pmlint.model.Finding;
import dev.pmlint.source.ParseResult;
import dev.pmlint.source.SpecDocument;
import dev.pmlint.source.SpecReader;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Lints files: reads each once, runs every check on each document, and collects findings. One
 * linter serves a whole run, so schema compilation (and policy loading) is paid once.
 */
public final class Linter {

  private final SpecReader reader;
  private final List<DocumentCheck> checks;
  private final Set<String> topLevelMembers;
  private final FindingFilter filter;
  private final StageTimes times;

  /**
   * @param filter applies levels and suppressions to each file's findings
   * @param times where the time per stage is counted ({@code --timings}), or {@link StageTimes#off()}
   */
  public Linter(SpecReader reader, List<DocumentCheck> checks, List<String> topLevelMembers,
      FindingFilter filter, StageTimes times) {
    this.reader = reader;
    this.checks = List.copyOf(checks);
    this.topLevelMembers = Set.copyOf(topLevelMembers);
    this.filter = filter;
    this.times = times;
  }

  /** How many worker threads {@link #lintAll} uses for {@code files} files, given {@code threads}. */
  public static int workers(int files, int threads) {
    return files < 2 ? 1 : Math.max(1, threads);
  }

  /** Lints many files on {@code threads} workers; results keep the input order. */
  public List<FileResult> lintAll(List<SpecInput> inputs, int threads) {
    if (workers(inputs.size(), threads) == 1) {
      List<FileResult> results = new ArrayList<>();
      for (SpecInput input : inputs) {
        results.add(lint(input));
      }
      return results;
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "pmlint-worker");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<FileResult>> futures = new ArrayList<>();
      for (SpecInput input : inputs) {
        futures.add(pool.submit(() -> lint(input)));
      }
      List<FileResult> results = new ArrayList<>();
      for (Future<FileResult> f : futures) {
        results.add(f.get());
      }
      return results;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  /** Lints one file from disk. */
  public FileResult lint(SpecInput input) {
    return guarded(input, () -> reader.read(input.path().orElseThrow(), input.format()));
  }

  /** Lints standard input. */
  public FileResult lint(SpecInput input, InputStream in) {
    return guarded(input, () -> reader.read(in, input.format()));
  }

  private FileResult guarded(SpecInput input, java.util.function.Supplier<ParseResult> read) {
    try {
      long start = times.start();
      ParseResult parsed = read.get();
      times.add(StageTimes.READ, start);
      return check(input, parsed);
    } catch (RuntimeException | StackOverflowError e) {
      return new FileResult(input, List.of(), 0, 0, Optional.of(e));
    }
  }

  private FileResult check(SpecInput input, ParseResult parsed) {
    List<Finding> findings = new ArrayList<>();
    Set<Integer> skipped = new HashSet<>();
    java.util.Map<Integer, SpecDocument> byIndex = new java.util.HashMap<>();
    int linted = 0;
    for (SpecDocument doc : parsed.documents()) {
      byIndex.put(doc.index(), doc);
      if (!input.explicit() && !looksLikeSpec(doc)) {
        skipped.add(doc.index());
        continue;
      }
      linted++;
      for (DocumentCheck check : checks) {
        long start = times.start();
        findings.addAll(check.check(doc));
        times.add(check.stage(), start);
      }
    }
    if (!input.explicit()) {
      skipped.addAll(parsed.emptyDocuments());
    }
    for (Finding f : parsed.findings()) {
      boolean aboutSkippedDocument = skipped.contains(f.document())
          && (!f.rule().code().equals("PM001") || parsed.emptyDocuments().contains(f.document()));
      if (!aboutSkippedDocument) {
        findings.add(f);
      }
    }
    long identifying = times.start();
    List<Finding> identified = new ArrayList<>(findings.size());
    for (Finding f : findings) {
      SpecDocument doc = byIndex.get(f.document());
      identified.add(Fingerprints.identify(input.displayPath(), f, doc == null ? null : doc.root()));
    }
    times.add(StageTimes.IDENTIFY, identifying);
    // Suppression comments count only where a spec was linted: not in skipped or unreadable files.
    ParseResult seen = linted > 0 ? parsed
        : new ParseResult(parsed.source(), parsed.documents(), parsed.findings(), parsed.emptyDocuments(), List.of());
    long filtering = times.start();
    List<Finding> filtered = new ArrayList<>(filter.apply(input, seen, identified));
    filtered.sort(Finding.BY_POSITION);
    times.add(StageTimes.FILTER, filtering);
    return new FileResult(input, List.copyOf(filtered), linted, skipped.size(), Optional.empty());
  }

  /** A document of a walked file is linted only if it has at least one request member. */
  private boolean looksLikeSpec(SpecDocument doc) {
    if (!doc.root().isObject()) {
      return false;
    }
    for (String name : doc.root().propertyNames()) {
      if (topLevelMembers.contains(name)) {
        return true;
      }
    }
    return false;
  }
}
