package dev.pmlint.source;

import tools.jackson.databind.JsonNode;

/**
 * One parsed document: its JSON tree (parsed once, shared by every check) and the location of
 * each node.
 *
 * @param index 0-based position of the document in its file
 * @param root the document's tree
 * @param locations where each JSON Pointer stands in the source
 */
public record SpecDocument(int index, JsonNode root, NodeLocations locations) {}
