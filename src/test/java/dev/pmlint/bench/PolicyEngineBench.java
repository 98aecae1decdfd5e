package dev.pmlint.bench;

import dev.pmlint.policy.PolicyEngine;
import dev.pmlint.policy.WasmEngine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import tools.jackson.databind.json.JsonMapper;

/**
 * Policy load time and per-document evaluation, for the module compiled at build time and for
 * Chicory's interpreter. Run by bench/policy-engine.sh, one fresh JVM per engine so that load
 * times are cold as in a CLI run.
 *
 * <p>Arguments: ENGINE SPEC... (compiler or interpreter; spec files to evaluate).
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

  private static double median(double[] sorted) {
    return sorted[sorted.length / 2];
  }
}
