package dev.pmlint.report;

import dev.pmlint.lint.RunResult;
import java.io.PrintWriter;

/** Writes a run's findings in one output format. */
public interface Reporter {

  void write(RunResult result, ReportContext context, PrintWriter out);
}
