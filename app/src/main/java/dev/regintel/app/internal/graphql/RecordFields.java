package dev.regintel.app.internal.graphql;

import graphql.schema.DataFetcher;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.TypeRuntimeWiring;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.function.Function;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/**
 * Serves the components of a record that a view holds (its content) as fields of the view's GraphQL
 * type, one data fetcher per component, so that the content's fields are declared once and schema
 * inspection sees every field mapped.
 *
 * @param <V> the view the type is served from
 */
public class RecordFields<V> implements RuntimeWiringConfigurer {

  private final String typeName;
  private final Class<V> view;
  private final Class<? extends Record> content;
  private final Function<V, ? extends Record> getter;

  public <C extends Record> RecordFields(
      String typeName, Class<V> view, Class<C> content, Function<V, C> getter) {
    this.typeName = typeName;
    this.view = view;
    this.content = content;
    this.getter = getter;
  }

  @Override
  public void configure(RuntimeWiring.Builder builder) {
    TypeRuntimeWiring.Builder type = TypeRuntimeWiring.newTypeWiring(typeName);
    for (RecordComponent component : content.getRecordComponents()) {
      type.dataFetcher(component.getName(), fetcher(component));
    }
    builder.type(type);
  }

  private DataFetcher<Object> fetcher(RecordComponent component) {
    Method accessor = component.getAccessor();
    return env -> {
      Record value = getter.apply(view.cast(env.getSource()));
      if (value == null) {
        return null;
      }
      try {
        return accessor.invoke(value);
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new IllegalStateException("cannot read " + component, e);
      }
    };
  }
}
