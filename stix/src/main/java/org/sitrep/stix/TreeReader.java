package org.sitrep.stix;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import java.io.IOException;

/**
 * Reads JSON into a Jackson tree, keeping the text of every number inside a {@code sitrep_record}
 * (as a raw value, written back character for character): Jackson's own tree turns {@code 1e5} into
 * {@code 100000} and {@code -0} into {@code 0}, and a Sitrep {@code x_} value must come back with
 * its text. Elsewhere numbers are exact decimals. Depth is bounded by the parser's nesting limit.
 */
final class TreeReader {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private TreeReader() {}

  /**
   * The one JSON value the parser holds, or a missing node for empty input.
   *
   * @param raw whether every number of the value keeps its text (for a record's own JSON)
   * @throws JsonParseException on trailing content
   */
  static JsonNode read(JsonParser parser, boolean raw) throws IOException {
    if (parser.nextToken() == null) {
      return MissingNode.getInstance();
    }
    JsonNode value = value(parser, raw);
    if (parser.nextToken() != null) {
      throw new JsonParseException(parser, "trailing content after the first JSON value");
    }
    return value;
  }

  private static JsonNode value(JsonParser parser, boolean raw) throws IOException {
    JsonToken token = parser.currentToken();
    switch (token) {
      case START_OBJECT -> {
        ObjectNode object = NODES.objectNode();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String name = parser.currentName();
          parser.nextToken();
          object.set(name, value(parser, raw || name.equals(StixVocabulary.RECORD)));
        }
        return object;
      }
      case START_ARRAY -> {
        ArrayNode array = NODES.arrayNode();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          array.add(value(parser, raw));
        }
        return array;
      }
      case VALUE_STRING -> {
        return NODES.textNode(parser.getText());
      }
      case VALUE_NUMBER_INT -> {
        if (raw) {
          return NODES.rawValueNode(new RawValue(parser.getText()));
        }
        switch (parser.getNumberType()) {
          case INT:
            return NODES.numberNode(parser.getIntValue());
          case LONG:
            return NODES.numberNode(parser.getLongValue());
          default:
            return NODES.numberNode(parser.getBigIntegerValue());
        }
      }
      case VALUE_NUMBER_FLOAT -> {
        if (raw) {
          return NODES.rawValueNode(new RawValue(parser.getText()));
        }
        return NODES.numberNode(parser.getDecimalValue());
      }
      case VALUE_TRUE -> {
        return NODES.booleanNode(true);
      }
      case VALUE_FALSE -> {
        return NODES.booleanNode(false);
      }
      case VALUE_NULL -> {
        return NODES.nullNode();
      }
      default -> throw new JsonParseException(parser, "unexpected token " + token);
    }
  }
}
