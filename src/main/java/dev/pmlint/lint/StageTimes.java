package dev.pmlint.lint;

import dev.pmlint.model.Plural;
import java.io.PrintWriter;
import java.util.Comparator;
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
  private final Map<String, Stage> stages = new ConcurrentHashMap<>();

  /** One stage's totals; {@code order} is when it was first seen, for printing. */
  private record Stage(int order, LongAdder nanos, LongAdder count) {}

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
    Stage totals = stages.computeIfAbsent(stage, s -> new Stage(stages.size(), new LongAdder(), new LongAdder()));
    totals.nanos().add(elapsed);
    totals.count().increment();
  }

  /** Prints the table to {@code err}, with the wall time of the whole run. */
  public void report(PrintWriter err, long wallNanos, int threads) {
    if (!on) {
      return;
    }
    err.printf(Locale.ROOT, "pmlint: timings (thread time per stage, %s; wall time %.2f s)%n",
        Plural.of(threads, "worker thread"), wallNanos / 1e9);
    stages.entrySet().stream().sorted(Comparator.comparingInt(e -> e.getValue().order())).forEach(e -> {
      long ns = e.getValue().nanos().sum();
      long n = e.getValue().count().sum();
      err.printf(Locale.ROOT, "  %-26s %8.2f s %8d × %8.1f µs%n", e.getKey(), ns / 1e9, n, ns / 1e3 / n);
    });
    err.flush();
  }
}
