package dev.pmlint.source;

import dev.pmlint.model.Finding;
import dev.pmlint.model.Quote;
import dev.pmlint.rules.StructureRule;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a JSON file into one tree and records where every node stands. The tree is built from
 * the token stream (not by databind) so that duplicate keys become findings instead of
 * exceptions, and so that every key and value gets its region.
 */
final class JsonSpecParser {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final JsonFactory factory;
  private final int maxDepth;

  JsonSpecParser(InputLimits limits) {
    this.maxDepth = limits.maxDepth();
    this.factory =
        JsonFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxNestingDepth(limits.maxDepth())
                    .maxStringLength((int) Math.min(Integer.MAX_VALUE, limits.maxFileBytes()))
                    .maxNumberLength(1000)
                    .build())
            .build();
  }

  ParseResult parse(SourceText source) {
    List<Finding> findings = new ArrayList<>();
    List<SpecDocument> documents = new ArrayList<>();
    String text = source.text();
    if (text.isBlank()) {
      findings.add(
          Finding.of(StructureRule.SYNTAX_ERROR.rule(), "The file is empty: a spec is a JSON object.",
              0, "", source.firstLine()));
      return new ParseResult(source, documents, findings, java.util.Set.of(0), List.of());
    }
    NodeLocations locations = new NodeLocations(source.firstLine());
    try (JsonParser p = factory.createParser(ObjectReadContext.empty(), text)) {
      JsonToken first = p.nextToken();
      Builder builder = new Builder(p, source, locations, findings);
      JsonNode root = builder.value(first, "", 0);
      JsonToken trailing = p.nextToken();
      if (trailing != null) {
        int offset = (int) p.currentTokenLocation().getCharOffset();
        findings.add(
            Finding.of(StructureRule.SYNTAX_ERROR.rule(),
                "Unexpected content after the end of the JSON value.", 0, "",
                source.pointAt(source.lineOf(offset), source.columnOf(offset))));
        return new ParseResult(source, documents, findings);
      }
      documents.add(new SpecDocument(0, root, locations));
    } catch (JacksonException e) {
      findings.add(syntaxError(source, e));
    }
    return new ParseResult(source, documents, findings);
  }

  private Finding syntaxError(SourceText source, JacksonException e) {
    TokenStreamLocation loc = e.getLocation();
    String message = e.getOriginalMessage();
    if (message != null && message.contains("nesting depth")) {
      int offset = tooDeepOffset(source.text());
      return Finding.of(StructureRule.SYNTAX_ERROR.rule(),
          "Nesting is deeper than " + maxDepth + " levels (input limit).", 0, "",
          source.pointAt(source.lineOf(offset), source.columnOf(offset)));
    } else {
      message = "Invalid JSON: " + firstLine(message) + ".";
    }
    int line = loc == null ? 1 : Math.max(1, loc.getLineNr());
    int column = 1;
    if (loc != null && loc.getCharOffset() >= 0) {
      int offset = (int) Math.min(loc.getCharOffset(), source.text().length());
      line = source.lineOf(offset);
      column = source.columnOf(offset);
    }
    return Finding.of(StructureRule.SYNTAX_ERROR.rule(), message, 0, "", source.pointAt(line, column));
  }

  /** Offset of the bracket that first goes past the depth limit (strings skipped). */
  private int tooDeepOffset(String text) {
    int depth = 0;
    boolean inString = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (inString) {
        if (c == '\\') i++;
        else if (c == '"') inString = false;
      } else if (c == '"') {
        inString = true;
      } else if (c == '{' || c == '[') {
        if (++depth > maxDepth) return i;
      } else if (c == '}' || c == ']') {
        depth--;
      }
    }
    return 0;
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unreadable input";
    }
    String m = message.strip();
    int nl = m.indexOf('\n');
    m = nl < 0 ? m : m.substring(0, nl);
    return m.endsWith(".") ? m.substring(0, m.length() - 1) : m;
  }

  /** Builds the tree from tokens, one recursive call per nesting level (bounded by maxDepth). */
  private static final class Builder {
    private final JsonParser p;
    private final SourceText source;
    private final NodeLocations locations;
    private final List<Finding> findings;

    Builder(JsonParser p, SourceText source, NodeLocations locations, List<Finding> findings) {
      this.p = p;
      this.source = source;
      this.locations = locations;
      this.findings = findings;
    }

    JsonNode value(JsonToken token, String pointer, int depth) {
      int start = (int) p.currentTokenLocation().getCharOffset();
      JsonNode node;
      switch (token) {
        case START_OBJECT -> node = object(pointer, depth);
        case START_ARRAY -> node = array(pointer, depth);
        case VALUE_STRING -> {
          node = NODES.stringNode(p.getString());
          locations.putValue(pointer, source.region(start, stringEnd(start)));
          return node;
        }
        case VALUE_NUMBER_INT -> node = NODES.numberNode(p.getBigIntegerValue());
        case VALUE_NUMBER_FLOAT -> node = NODES.numberNode(p.getDecimalValue());
        case VALUE_TRUE -> node = NODES.booleanNode(true);
        case VALUE_FALSE -> node = NODES.booleanNode(false);
        case VALUE_NULL -> node = NODES.nullNode();
        default -> throw new IllegalStateException("unexpected token " + token);
      }
      int end = (int) p.currentLocation().getCharOffset();
      locations.putValue(pointer, source.region(start, end));
      return node;
    }

    private ObjectNode object(String pointer, int depth) {
      ObjectNode object = NODES.objectNode();
      JsonToken t;
      while ((t = p.nextToken()) == JsonToken.PROPERTY_NAME) {
        String name = p.currentName();
        int keyStart = (int) p.currentTokenLocation().getCharOffset();
        String child = Pointers.child(pointer, name);
        var keyRegion = source.region(keyStart, stringEnd(keyStart));
        if (object.has(name)) {
          var first = locations.key(child).orElse(keyRegion);
          findings.add(
              Finding.of(StructureRule.DUPLICATE_KEY.rule(),
                  "Duplicate key " + Quote.of(name) + " (first at line " + first.startLine()
                      + "); JSON readers keep only the last value.",
                  0, child, keyRegion));
          locations.removeSubtree(child);
        }
        locations.putKey(child, keyRegion);
        object.set(name, value(p.nextToken(), child, depth + 1));
      }
      return object;
    }

    private ArrayNode array(String pointer, int depth) {
      ArrayNode array = NODES.arrayNode();
      JsonToken t;
      int i = 0;
      while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
        array.add(value(t, Pointers.child(pointer, i++), depth + 1));
      }
      return array;
    }

    /** Offset just after the closing quote of the string literal starting at {@code start}. */
    private int stringEnd(int start) {
      String text = source.text();
      int i = start + 1;
      while (i < text.length()) {
        char c = text.charAt(i);
        if (c == '\\') {
          i += 2;
        } else if (c == '"') {
          return i + 1;
        } else {
          i++;
        }
      }
      return text.length();
    }
  }
}
