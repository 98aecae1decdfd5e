package dev.pmlint.source;

import dev.pmlint.model.Finding;
import dev.pmlint.model.Quote;
import dev.pmlint.model.Region;
import dev.pmlint.rules.StructureRule;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.schema.CoreSchema;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a YAML stream into one JSON tree per document, with YAML 1.2 core-schema typing (the AWS
 * CLI v2 reads {@code --cli-input-yaml} as YAML 1.2). Works from parser events rather than a
 * composed node graph so that it can keep scalar styles (for PM010), the place of each alias,
 * duplicate keys (PM002), and bound alias expansion.
 */
final class YamlSpecParser {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final String TAG_PREFIX = "tag:yaml.org,2002:";

  private final InputLimits limits;
  /** Immutable, and costly to build (the schema compiles its patterns): one per parser. */
  private final LoadSettings settings;

  YamlSpecParser(InputLimits limits) {
    this.limits = limits;
    this.settings =
        LoadSettings.builder()
            .setSchema(new CoreSchema())
            .setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxFileBytes()))
            .setUseMarks(true)
            .build();
  }

  ParseResult parse(SourceText source) {
    List<Finding> findings = new ArrayList<>();
    List<SpecDocument> documents = new ArrayList<>();
    java.util.Set<Integer> empty = new java.util.HashSet<>();
    List<Region> literals = new ArrayList<>();
    Iterator<Event> events = new Parse(settings).parseString(source.text()).iterator();
    int index = 0;
    try {
      while (events.hasNext()) {
        Event e = events.next();
        if (e.getEventId() != Event.ID.DocumentStart) {
          continue;
        }
        Region docStart = region(source, e.getStartMark(), e.getStartMark());
        Event first = events.next();
        if (first.getEventId() == Event.ID.DocumentEnd || isEmptyScalar(first)) {
          empty.add(index);
          findings.add(
              Finding.of(StructureRule.SYNTAX_ERROR.rule(),
                  "Empty YAML document: a spec is a mapping of request members.", index, "",
                  index == 0 ? source.firstLine() : docStart));
        } else {
          Document doc = new Document(source, events, index, findings, literals,
              index == 0 ? source.firstLine() : docStart);
          JsonNode root = doc.node(first, "", 0);
          documents.add(new SpecDocument(index, root, doc.locations));
        }
        index++;
      }
    } catch (MarkedYamlEngineException ex) {
      Optional<Mark> mark = bestMark(ex, source);
      String message = problem(ex);
      Optional<Mark> context = ex.getContextMark();
      if (context.isPresent() && mark.isPresent() && context.get().getLine() != mark.get().getLine()) {
        message = message.substring(0, message.length() - 1) + ", started at line "
            + (context.get().getLine() + 1) + ".";
      }
      findings.add(syntax(source, index, message, mark));
    } catch (InputProblem ex) {
      findings.add(Finding.of(StructureRule.SYNTAX_ERROR.rule(), ex.getMessage(), index, "", ex.region));
    } catch (YamlEngineException ex) {
      findings.add(syntax(source, index, "Invalid YAML: " + clean(ex.getMessage()) + ".", Optional.empty()));
    }
    if (documents.isEmpty() && findings.isEmpty()) {
      empty.add(0);
      findings.add(
          Finding.of(StructureRule.SYNTAX_ERROR.rule(),
              "The file is empty: a spec is a mapping of request members.", 0, "", source.firstLine()));
    }
    return new ParseResult(source, documents, findings, empty, Comments.find(source, literals));
  }

  /**
   * Where a syntax error is best shown: where it was detected, unless that is the end of the
   * file (an unclosed quote or bracket), where the construct that was left open is more useful.
   */
  private static Optional<Mark> bestMark(MarkedYamlEngineException ex, SourceText source) {
    Optional<Mark> problem = ex.getProblemMark();
    Optional<Mark> context = ex.getContextMark();
    int length = source.text().codePointCount(0, source.text().length());
    if (problem.isPresent() && context.isPresent() && problem.get().getIndex() >= length) {
      return context;
    }
    return problem.or(() -> context);
  }

  private static boolean isEmptyScalar(Event e) {
    return e instanceof ScalarEvent s && s.isPlain() && s.getValue().isEmpty() && s.getTag().isEmpty();
  }

  private static String problem(MarkedYamlEngineException ex) {
    String p = ex.getProblem();
    String context = ex.getContext();
    String text = p == null ? clean(ex.getMessage()) : clean(p);
    if (context != null && !context.isBlank()) {
      text = text + " (" + clean(context) + ")";
    }
    if (text.contains("exceeds the limit")) {
      return "The YAML file is larger than the input limit of " + limits() + ".";
    }
    return "Invalid YAML: " + text + ".";
  }

  private static String limits() {
    return InputLimits.DEFAULT.maxFileBytes() / (1024 * 1024) + " MiB";
  }

  private static String clean(String s) {
    if (s == null) return "unreadable input";
    String t = s.strip().replace('\n', ' ');
    return t.endsWith(".") ? t.substring(0, t.length() - 1) : t;
  }

  private static Finding syntax(SourceText source, int document, String message, Optional<Mark> mark) {
    Region region = mark.map(m -> source.pointAt(m.getLine() + 1, m.getColumn() + 1)).orElse(source.firstLine());
    return Finding.of(StructureRule.SYNTAX_ERROR.rule(), message, document, "", region);
  }

  static Region region(SourceText source, Optional<Mark> start, Optional<Mark> end) {
    if (start.isEmpty()) {
      return Region.FILE_START;
    }
    Mark s = start.get();
    Mark e = end.orElse(s);
    int sl = s.getLine() + 1;
    int sc = s.getColumn() + 1;
    int el = e.getLine() + 1;
    int ec = e.getColumn() + 1;
    if (el < sl || (el == sl && ec < sc)) {
      return new Region(sl, sc, sl, sc);
    }
    // A block value ends at the start of the next line; end it where its text ends instead.
    while (el > sl && ec == 1) {
      el--;
      ec = source.lineEndColumn(el);
    }
    return new Region(sl, sc, el, ec);
  }

  /** An input limit or unsupported construct that ends reading of the file. */
  private static final class InputProblem extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient Region region;

    InputProblem(String message, Region region) {
      super(message, null, false, false);
      this.region = region;
    }
  }

  private record Anchored(JsonNode node, int size, List<String> relativePointers) {}

  /** Builds one document. */
  private final class Document {
    final SourceText source;
    final Iterator<Event> events;
    final int index;
    final List<Finding> findings;
    final List<Region> literals;
    final NodeLocations locations;
    final Map<String, Anchored> anchors = new HashMap<>();
    int nodes;
    int aliases;

    Document(SourceText source, Iterator<Event> events, int index, List<Finding> findings,
        List<Region> literals, Region documentStart) {
      this.source = source;
      this.events = events;
      this.index = index;
      this.findings = findings;
      this.literals = literals;
      this.locations = new NodeLocations(documentStart);
    }

    JsonNode node(Event e, String pointer, int depth) {
      if (depth > limits.maxDepth()) {
        throw new InputProblem(
            "Nesting is deeper than " + limits.maxDepth() + " levels (input limit).", at(e));
      }
      if (++nodes > limits.maxYamlNodes()) {
        throw new InputProblem(
            "The document has more than " + limits.maxYamlNodes()
                + " nodes once its aliases are expanded (input limit).", at(e));
      }
      JsonNode node =
          switch (e.getEventId()) {
            case Scalar -> scalar((ScalarEvent) e, pointer);
            case Alias -> alias((AliasEvent) e, pointer);
            case SequenceStart -> sequence((CollectionStartEvent) e, pointer, depth);
            case MappingStart -> mapping((CollectionStartEvent) e, pointer, depth);
            default -> throw new InputProblem("Unexpected YAML event " + e.getEventId() + ".", at(e));
          };
      if (e instanceof NodeEvent ne && !(e instanceof AliasEvent)) {
        ne.getAnchor().ifPresent(a -> anchors.put(a.getValue(), anchoredAt(node, pointer)));
      }
      return node;
    }

    private Anchored anchoredAt(JsonNode node, String pointer) {
      List<String> relative = new ArrayList<>();
      collectPointers(node, "", relative);
      return new Anchored(node, relative.size(), relative);
    }

    private void collectPointers(JsonNode node, String pointer, List<String> out) {
      out.add(pointer);
      if (node.isObject()) {
        for (var entry : node.properties()) {
          collectPointers(entry.getValue(), Pointers.child(pointer, entry.getKey()), out);
        }
      } else if (node.isArray()) {
        for (int i = 0; i < node.size(); i++) {
          collectPointers(node.get(i), Pointers.child(pointer, i), out);
        }
      }
    }

    private Region at(Event e) {
      return region(source, e.getStartMark(), e.getEndMark());
    }

    private JsonNode scalar(ScalarEvent e, String pointer) {
      Region region = at(e);
      locations.putValue(pointer, region);
      if (!e.isPlain()) {
        literals.add(region);
      }
      String value = e.getValue();
      Optional<String> tag = e.getTag().filter(t -> !t.equals("!"));
      if (tag.isPresent()) {
        return tagged(tag.get(), value, region);
      }
      if (!e.isPlain()) {
        return NODES.stringNode(value);
      }
      JsonNode typed = typed(YamlScalars.core(value), value, region);
      if (!typed.isString()) {
        locations.putPlainNonString(pointer, value);
      } else {
        YamlScalars.ambiguity(value).ifPresent(other -> findings.add(
            Finding.of(StructureRule.YAML_AMBIGUOUS_SCALAR.rule(),
                "Plain scalar " + Quote.of(value) + " is a string in YAML 1.2 (as the AWS CLI reads it)"
                    + " but " + other + " for YAML 1.1 readers such as PyYAML; quote it.",
                index, pointer, region)));
      }
      return typed;
    }

    private JsonNode tagged(String tag, String value, Region region) {
      if (!tag.startsWith(TAG_PREFIX)) {
        throw new InputProblem("Unsupported YAML tag '" + tag + "': a spec holds plain JSON data.", region);
      }
      String name = tag.substring(TAG_PREFIX.length());
      YamlScalars.Kind kind =
          switch (name) {
            case "str" -> YamlScalars.Kind.STRING;
            case "int" -> YamlScalars.Kind.INTEGER;
            case "float" -> YamlScalars.Kind.FLOAT;
            case "bool" -> YamlScalars.Kind.BOOLEAN;
            case "null" -> YamlScalars.Kind.NULL;
            default -> throw new InputProblem(
                "Unsupported YAML tag '!!" + name + "': a spec holds plain JSON data.", region);
          };
      if (kind != YamlScalars.Kind.STRING && YamlScalars.core(value) != kind) {
        throw new InputProblem("'" + value + "' is not a valid !!" + name + ".", region);
      }
      return typed(kind, value, region);
    }

    private JsonNode typed(YamlScalars.Kind kind, String value, Region region) {
      return switch (kind) {
        case STRING, TIMESTAMP -> NODES.stringNode(value);
        case NULL -> NODES.nullNode();
        case BOOLEAN -> NODES.booleanNode(value.equalsIgnoreCase("true"));
        case INTEGER -> NODES.numberNode(YamlScalars.coreInteger(value));
        case FLOAT -> {
          double d = YamlScalars.coreFloat(value);
          yield Double.isFinite(d) ? NODES.numberNode(new java.math.BigDecimal(value.replace("+", "")))
              : NODES.numberNode(d);
        }
      };
    }

    private JsonNode alias(AliasEvent e, String pointer) {
      Region region = at(e);
      if (++aliases > limits.maxYamlAliases()) {
        throw new InputProblem(
            "The document uses more than " + limits.maxYamlAliases() + " aliases (input limit).", region);
      }
      String name = e.getAlias().getValue();
      Anchored anchored = anchors.get(name);
      if (anchored == null) {
        throw new InputProblem("Alias '*" + name + "' refers to no anchor defined before it.", region);
      }
      nodes += anchored.size();
      if (nodes > limits.maxYamlNodes()) {
        throw new InputProblem(
            "The document has more than " + limits.maxYamlNodes()
                + " nodes once its aliases are expanded (input limit).", region);
      }
      // Everything inside the copy points at the alias, where the value is used.
      for (String relative : anchored.relativePointers()) {
        locations.putValue(pointer + relative, region);
      }
      return anchored.node().deepCopy();
    }

    private JsonNode sequence(CollectionStartEvent start, String pointer, int depth) {
      rejectCollectionTag(start);
      ArrayNode array = NODES.arrayNode();
      Event e;
      int i = 0;
      String last = null;
      while ((e = events.next()).getEventId() != Event.ID.SequenceEnd) {
        last = Pointers.child(pointer, i++);
        array.add(node(e, last, depth + 1));
      }
      locations.putValue(pointer, collectionRegion(start, e, last));
      return array;
    }

    private JsonNode mapping(CollectionStartEvent start, String pointer, int depth) {
      rejectCollectionTag(start);
      ObjectNode object = NODES.objectNode();
      Event e;
      String last = null;
      while ((e = events.next()).getEventId() != Event.ID.MappingEnd) {
        String key = key(e);
        Region keyRegion = at(e);
        if (e instanceof ScalarEvent s && !s.isPlain()) {
          literals.add(keyRegion);
        }
        if (key.equals("<<") && e instanceof ScalarEvent s && s.isPlain()) {
          throw new InputProblem(
              "YAML merge keys (<<) are a YAML 1.1 extension; write the members out.", keyRegion);
        }
        String child = Pointers.child(pointer, key);
        if (e instanceof ScalarEvent s && s.isPlain() && s.getTag().isEmpty()) {
          YamlScalars.ambiguity(key).ifPresent(other -> findings.add(
              Finding.of(StructureRule.YAML_AMBIGUOUS_SCALAR.rule(),
                  "Plain key " + Quote.of(key) + " is a string in YAML 1.2 but " + other
                      + " for YAML 1.1 readers such as PyYAML; quote it.",
                  index, child, keyRegion)));
        }
        if (object.has(key)) {
          Region first = locations.key(child).orElse(keyRegion);
          findings.add(
              Finding.of(StructureRule.DUPLICATE_KEY.rule(),
                  "Duplicate key " + Quote.of(key) + " (first at line " + first.startLine()
                      + "); YAML forbids repeated keys and the AWS CLI rejects the file.",
                  index, child, keyRegion));
          locations.removeSubtree(child);
        }
        locations.putKey(child, keyRegion);
        object.set(key, node(events.next(), child, depth + 1));
        last = child;
      }
      locations.putValue(pointer, collectionRegion(start, e, last));
      return object;
    }

    private void rejectCollectionTag(CollectionStartEvent start) {
      start.getTag().filter(t -> !t.equals("!") && !t.equals(TAG_PREFIX + "map") && !t.equals(TAG_PREFIX + "seq"))
          .ifPresent(t -> {
            throw new InputProblem("Unsupported YAML tag '" + t + "': a spec holds plain JSON data.", at(start));
          });
    }

    private String key(Event e) {
      if (e instanceof ScalarEvent s) {
        return s.getValue();
      }
      if (e instanceof AliasEvent a) {
        Anchored anchored = anchors.get(a.getAlias().getValue());
        if (anchored != null && anchored.node().isValueNode()) {
          return anchored.node().asString();
        }
      }
      throw new InputProblem("Mapping keys must be plain strings; this key is a "
          + e.getEventId().name().replace("Start", "").toLowerCase(java.util.Locale.ROOT) + ".", at(e));
    }

    private Region collectionRegion(CollectionStartEvent start, Event end, String lastChild) {
      if (start.isFlow() || lastChild == null) {
        return region(source, start.getStartMark(), end.getEndMark());
      }
      Region first = at(start);
      Region lastRegion = locations.value(lastChild).orElse(first);
      return new Region(first.startLine(), first.startColumn(), lastRegion.endLine(), lastRegion.endColumn());
    }
  }
}
