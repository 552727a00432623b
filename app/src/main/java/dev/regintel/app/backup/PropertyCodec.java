package dev.regintel.app.backup;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Property values with their Neo4j types: each value is a JSON object of one member whose name is
 * the type ({@code {"date": "2024-12-10"}}), so a date comes back a date and a datetime a datetime,
 * whatever the text looks like. Lists are {@code {"list": [typed values]}}.
 */
final class PropertyCodec {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private PropertyCodec() {}

  /** The properties of a node or relationship, as the driver returns them, encoded. */
  static ObjectNode encode(Map<String, Object> properties) {
    ObjectNode out = NODES.objectNode();
    properties.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(e -> out.set(e.getKey(), encodeValue(e.getKey(), e.getValue())));
    return out;
  }

  private static JsonNode encodeValue(String name, Object value) {
    ObjectNode typed = NODES.objectNode();
    switch (value) {
      case String s -> typed.put("string", s);
      case Boolean b -> typed.put("boolean", b);
      case Long n -> typed.put("integer", n);
      case Double d -> typed.put("float", Double.toString(d));
      case LocalDate d -> typed.put("date", d.toString());
      case ZonedDateTime t ->
          typed.put("datetime", DateTimeFormatter.ISO_ZONED_DATE_TIME.format(t));
      case LocalDateTime t -> typed.put("localdatetime", t.toString());
      case LocalTime t -> typed.put("localtime", t.toString());
      case OffsetTime t -> typed.put("time", t.toString());
      case List<?> list -> {
        ArrayNode items = typed.putArray("list");
        list.forEach(item -> items.add(encodeValue(name, item)));
      }
      default ->
          throw new IllegalArgumentException(
              "property '"
                  + name
                  + "' holds a "
                  + value.getClass().getSimpleName()
                  + ", a type the backup format does not hold");
    }
    return typed;
  }

  /**
   * Decodes the {@code properties} member of a line into values the driver sends with their types.
   *
   * @throws IllegalArgumentException naming the property and what is wrong with it
   */
  static Map<String, Object> decode(JsonNode properties) {
    if (properties == null || !properties.isObject()) {
      throw new IllegalArgumentException("'properties' must be an object");
    }
    Map<String, Object> out = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : properties.properties()) {
      out.put(e.getKey(), decodeValue(e.getKey(), e.getValue(), true));
    }
    return out;
  }

  private static Object decodeValue(String name, JsonNode typed, boolean listAllowed) {
    if (typed == null || !typed.isObject() || typed.size() != 1) {
      throw new IllegalArgumentException(
          "property '" + name + "' must be an object of one member naming its type");
    }
    Map.Entry<String, JsonNode> only = typed.properties().iterator().next();
    String type = only.getKey();
    JsonNode value = only.getValue();
    try {
      return switch (type) {
        case "string" -> text(value);
        case "boolean" -> {
          if (!value.isBoolean()) {
            throw new IllegalArgumentException("not true or false");
          }
          yield value.booleanValue();
        }
        case "integer" -> {
          if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw new IllegalArgumentException("not a 64-bit integer");
          }
          yield value.longValue();
        }
        case "float" -> Double.parseDouble(text(value));
        case "date" -> LocalDate.parse(text(value));
        case "datetime" -> ZonedDateTime.parse(text(value));
        case "localdatetime" -> LocalDateTime.parse(text(value));
        case "localtime" -> LocalTime.parse(text(value));
        case "time" -> OffsetTime.parse(text(value));
        case "list" -> {
          if (!listAllowed || !value.isArray()) {
            throw new IllegalArgumentException(listAllowed ? "not an array" : "a list in a list");
          }
          List<Object> items = new ArrayList<>();
          value.forEach(item -> items.add(decodeValue(name, item, false)));
          yield items;
        }
        default -> throw new IllegalArgumentException("unknown type '" + type + "'");
      };
    } catch (DateTimeParseException | NumberFormatException e) {
      throw new IllegalArgumentException(
          "property '" + name + "' is not a valid " + type + ": " + e.getMessage(), e);
    } catch (IllegalArgumentException e) {
      if (e.getMessage().startsWith("property '")) {
        throw e;
      }
      throw new IllegalArgumentException(
          "property '" + name + "' (" + type + "): " + e.getMessage(), e);
    }
  }

  private static String text(JsonNode value) {
    if (!value.isString()) {
      throw new IllegalArgumentException("not a JSON string");
    }
    return value.stringValue();
  }
}
