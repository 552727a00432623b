package dev.regintel.app.internal.neo4j;

import java.time.LocalDate;
import java.util.List;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.MapAccessor;

/** Small readers for node and relationship properties that may be absent. */
public final class Values {

  private Values() {}

  public static String str(MapAccessor entity, String key) {
    Value v = entity.get(key);
    return v == null || v.isNull() ? null : v.asString();
  }

  public static LocalDate date(MapAccessor entity, String key) {
    Value v = entity.get(key);
    return v == null || v.isNull() ? null : v.asLocalDate();
  }

  public static Boolean bool(MapAccessor entity, String key) {
    Value v = entity.get(key);
    return v == null || v.isNull() ? null : v.asBoolean();
  }

  public static Integer integer(MapAccessor entity, String key) {
    Value v = entity.get(key);
    return v == null || v.isNull() ? null : v.asInt();
  }

  public static List<String> strings(MapAccessor entity, String key) {
    Value v = entity.get(key);
    return v == null || v.isNull() ? List.of() : v.asList(Value::asString);
  }
}
