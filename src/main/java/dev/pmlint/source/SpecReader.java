package dev.pmlint.source;

import dev.pmlint.model.Finding;
import dev.pmlint.model.Region;
import dev.pmlint.rules.StructureRule;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Reads a spec file or stream into documents. Never throws for bad input: unreadable bytes,
 * syntax errors and exceeded limits come back as PM001 findings.
 */
public final class SpecReader {

  private final InputLimits limits;
  private final JsonSpecParser json;
  private final YamlSpecParser yaml;

  public SpecReader(InputLimits limits) {
    this.limits = limits;
    this.json = new JsonSpecParser(limits);
    this.yaml = new YamlSpecParser(limits);
  }

  public InputLimits limits() {
    return limits;
  }

  /** Reads a file; {@code format} empty means sniff the content. */
  public ParseResult read(Path file, Optional<SpecFormat> format) {
    try {
      long size = Files.size(file);
      if (size > limits.maxFileBytes()) {
        return tooLarge(size);
      }
      return parse(Files.readAllBytes(file), format);
    } catch (IOException e) {
      return failure("Cannot read the file: " + IoErrors.describe(e) + ".");
    }
  }

  /** Reads a stream (stdin) up to the size limit. */
  public ParseResult read(InputStream in, Optional<SpecFormat> format) {
    try {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxFileBytes() + 1));
      if (bytes.length > limits.maxFileBytes()) {
        return tooLarge(bytes.length);
      }
      return parse(bytes, format);
    } catch (IOException e) {
      return failure("Cannot read standard input: " + IoErrors.describe(e) + ".");
    }
  }

  /** Parses bytes already in memory. */
  public ParseResult parse(byte[] bytes, Optional<SpecFormat> format) {
    Optional<String> bomProblem = unsupportedBom(bytes);
    if (bomProblem.isPresent()) {
      return failure(bomProblem.get());
    }
    int skip = hasUtf8Bom(bytes) ? 3 : 0;
    String text;
    try {
      text = decodeUtf8(bytes, skip);
    } catch (MalformedInputException e) {
      return invalidUtf8(bytes, skip, e);
    } catch (CharacterCodingException e) {
      return failure("The file is not valid UTF-8.");
    }
    SourceText source = new SourceText(text);
    SpecFormat f = format.orElseGet(() -> SpecFormat.sniff(text));
    return f == SpecFormat.JSON ? json.parse(source) : yaml.parse(source);
  }

  private ParseResult tooLarge(long size) {
    return failure(
        "The file is " + humanSize(size) + ", over the input limit of "
            + humanSize(limits.maxFileBytes()) + "; it was not read.");
  }

  private static String humanSize(long bytes) {
    if (bytes >= 1024 * 1024) return String.format(java.util.Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024));
    if (bytes >= 1024) return String.format(java.util.Locale.ROOT, "%.1f KiB", bytes / 1024.0);
    return bytes + " bytes";
  }

  private static ParseResult failure(String message) {
    SourceText empty = new SourceText("");
    return new ParseResult(empty, List.of(),
        List.of(Finding.of(StructureRule.SYNTAX_ERROR.rule(), message, 0, "", Region.FILE_START)));
  }

  private static boolean hasUtf8Bom(byte[] b) {
    return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
  }

  private static Optional<String> unsupportedBom(byte[] b) {
    if (b.length >= 2 && (((b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF)
        || ((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE))) {
      return Optional.of("The file is UTF-16 or UTF-32 encoded; specs must be UTF-8.");
    }
    return Optional.empty();
  }

  private static String decodeUtf8(byte[] bytes, int skip) throws CharacterCodingException {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip));
    return chars.toString();
  }

  /** Locates the first byte that is not UTF-8, so the finding points at it. */
  private static ParseResult invalidUtf8(byte[] bytes, int skip, MalformedInputException e) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    decoder.decode(in, out, true);
    int badOffset = in.position();
    out.flip();
    SourceText prefix = new SourceText(out.toString());
    int line = prefix.lineCount();
    int column = prefix.lineEndColumn(line);
    String message = String.format(java.util.Locale.ROOT,
        "The file is not valid UTF-8: byte 0x%02X at offset %d; specs must be UTF-8 (is it Latin-1 or binary?).",
        bytes[badOffset] & 0xFF, badOffset);
    return new ParseResult(prefix, List.of(), List.of(Finding.of(
        StructureRule.SYNTAX_ERROR.rule(), message, 0, "", new Region(line, column, line, column + 1))));
  }
}
