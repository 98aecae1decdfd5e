package dev.pmlint.bench;

import dev.pmlint.policy.PolicyEngine;
import dev.pmlint.policy.WasmEngine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Policy load time and per-document evaluation, for the module compiled at build time and for
 * Chicory's interpreter. Run by bench/policy-engine.sh, one fresh JVM per engine so that load
 * times are cold as in a CLI run.
 *
 * <p>Arguments: ENGINE SPEC... (compiler or interpreter; spec files to evaluate, or a directory:
 * every JSON spec under it in turn, reported as the best of ten rounds per document).
 */
public final class PolicyEngineBench {

  private PolicyEngineBench() {}

  public static void main(String[] args) throws Exception {
    WasmEngine engine = WasmEngine.valueOf(args[0].toUpperCase(Locale.ROOT));
    int warm = Integer.getInteger("iterations", engine == WasmEngine.COMPILER ? 3000 : 30);
    long t0 = System.nanoTime();
    PolicyEngine policies = new PolicyEngine(engine, "{}");
    policies.evaluate("{}".getBytes());
    double loadMs = (System.nanoTime() - t0) / 1e6;
    System.out.printf(Locale.ROOT, "%-12s load (module parse, %s, first call): %8.1f ms%n",
        engine.id(), "instantiate", loadMs);
    for (int a = 1; a < args.length; a++) {
      Path spec = Path.of(args[a]);
      if (Files.isDirectory(spec)) {
        corpus(policies, engine, spec, Math.max(2, warm / 100));
        continue;
      }
      byte[] input = JsonMapper.shared().writeValueAsBytes(JsonMapper.shared().readTree(Files.readString(spec)));
      long f0 = System.nanoTime();
      policies.evaluate(input);
      double firstMs = (System.nanoTime() - f0) / 1e6;
      double[] times = new double[warm];
      for (int i = 0; i < warm; i++) {
        long s = System.nanoTime();
        policies.evaluate(input);
        times[i] = (System.nanoTime() - s) / 1e6;
      }
      Arrays.sort(times);
      double tail = times[warm / 2]; // median of the run, JIT warming included
      double last = median(Arrays.copyOfRange(times, 0, Math.max(1, warm / 10)));
      System.out.printf(Locale.ROOT, "%-12s %-28s %5d bytes  first %8.2f ms  median %7.3f ms  fastest 10%% %7.3f ms%n",
          engine.id(), spec.getFileName(), input.length, firstMs, tail, last);
    }
  }

  /** Every parseable JSON spec under dir, evaluated in turn: warm-up rounds, then the best of ten. */
  private static void corpus(PolicyEngine policies, WasmEngine engine, Path dir, int warmRounds) throws Exception {
    List<byte[]> inputs = new ArrayList<>();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
        try {
          inputs.add(JsonMapper.shared().writeValueAsBytes(JsonMapper.shared().readTree(Files.readString(file))));
        } catch (JacksonException e) {
          // samples of broken JSON have no document to evaluate
        }
      }
    }
    for (int r = 0; r < warmRounds; r++) {
      inputs.forEach(policies::evaluate);
    }
    long best = Long.MAX_VALUE;
    for (int r = 0; r < 10; r++) {
      long s = System.nanoTime();
      inputs.forEach(policies::evaluate);
      best = Math.min(best, System.nanoTime() - s);
    }
    System.out.printf(Locale.ROOT, "%-12s every JSON spec under %s (%d), best round: %.1f us per document%n",
        engine.id(), dir, inputs.size(), best / 1e3 / inputs.size());
  }

  private static double median(double[] sorted) {
    return sorted[sorted.length / 2];
  }
}
