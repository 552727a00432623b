package dev.regintel.app.write;

import dev.regintel.ontology.Text;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Record components as graph properties: a content record's component names are property names. */
final class Records {

  private Records() {}

  /**
   * Puts every component of {@code record} into {@code properties} under its name; Japanese text (a
   * component named {@code ...Ja}) loses the spaces of wrapped lines ({@link Text#japanese}).
   */
  static void putComponents(Map<String, Object> properties, Record record) {
    for (RecordComponent component : record.getClass().getRecordComponents()) {
      try {
        Object value = component.getAccessor().invoke(record);
        if (value instanceof String text && component.getName().endsWith("Ja")) {
          value = Text.japanese(text);
        }
        properties.put(component.getName(), value);
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new IllegalStateException("cannot read " + component, e);
      }
    }
  }

  /**
   * The components of {@code record} as properties, by their names, except the named ones (keys,
   * links and provenance, which are written otherwise); nulls included.
   */
  static Map<String, Object> properties(Record record, String... except) {
    Map<String, Object> all = new LinkedHashMap<>();
    putComponents(all, record);
    all.keySet().removeAll(Set.of(except));
    return all;
  }
}
