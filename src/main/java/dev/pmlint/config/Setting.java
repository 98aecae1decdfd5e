package dev.pmlint.config;

/**
 * A setting's value and where it came from, for {@code pmlint config show}.
 *
 * @param source {@link #DEFAULT}, {@link #COMMAND_LINE}, or {@code file:line} in the config file
 */
public record Setting<T>(T value, String source) {

  public static final String DEFAULT = "default";
  public static final String COMMAND_LINE = "command line";

  public static <T> Setting<T> byDefault(T value) {
    return new Setting<>(value, DEFAULT);
  }

  public static <T> Setting<T> fromCommandLine(T value) {
    return new Setting<>(value, COMMAND_LINE);
  }
}
