package dev.pmlint.lint;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Where a run's time goes ({@code --timings}): thread time per stage of linting, summed over the
 * worker threads, with how many files or documents each stage handled. When off, it costs
 * nothing but a field read per stage.
 */
public final class StageTimes {

  /** Stages in the order a file goes through them; checks add their own between. */
  public static final String READ = "read and parse";
  public static final String IDENTIFY = "fingerprints";
  public static final String FILTER = "levels and suppressions";

  private static final StageTimes OFF = new StageTimes(false);

  private final boolean on;
  private final Map<String, LongAdder> nanos = new ConcurrentHashMap<>();
  private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();
  private final Map<String, Integer> order = new ConcurrentHashMap<>();

  private StageTimes(boolean on) {
    this.on = on;
  }

  public static StageTimes off() {
    return OFF;
  }

  public static StageTimes on() {
    return new StageTimes(true);
  }

  /** A start time to hand to {@link #add}; 0 when off. */
  long start() {
    return on ? System.nanoTime() : 0;
  }

  /** Counts one unit of work of a stage that began at {@code start}. */
  void add(String stage, long start) {
    if (!on) {
      return;
    }
    long elapsed = System.nanoTime() - start;
    order.computeIfAbsent(stage, s -> order.size());
    nanos.computeIfAbsent(stage, s -> new LongAdder()).add(elapsed);
    counts.computeIfAbsent(stage, s -> new LongAdder()).increment();
  }

  /** Thread time per stage in nanoseconds, stages in first-seen order. */
  public Map<String, Long> nanos() {
    Map<String, Long> sorted = new LinkedHashMap<>();
    order.entrySet().stream().sorted(Map.Entry.comparingByValue())
        .forEach(e -> sorted.put(e.getKey(), nanos.get(e.getKey()).sum()));
    return sorted;
  }

  /** Prints the table to {@code err}, with the wall time of the whole run. */
  public void report(PrintWriter err, long wallNanos, int threads) {
    if (!on) {
      return;
    }
    err.printf(Locale.ROOT, "pmlint: timings (thread time per stage, %d worker thread%s; wall time %.2f s)%n",
        threads, threads == 1 ? "" : "s", wallNanos / 1e9);
    nanos().forEach((stage, ns) -> {
      long n = counts.get(stage).sum();
      err.printf(Locale.ROOT, "  %-26s %8.2f s %8d × %8.1f µs%n", stage, ns / 1e9, n, ns / 1e3 / n);
    });
    err.flush();
  }
}
