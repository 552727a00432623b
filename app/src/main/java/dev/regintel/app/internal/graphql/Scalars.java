package dev.regintel.app.internal.graphql;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.function.Function;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/** The Date and DateTime scalars (ISO-8601), with errors that quote the bad value. */
@Configuration(proxyBeanMethods = false)
class Scalars {

  @Bean
  RuntimeWiringConfigurer scalarWiring() {
    return wiring ->
        wiring
            .scalar(
                scalar(
                    "Date",
                    "an ISO-8601 date such as 2024-04-29",
                    LocalDate::parse,
                    Scalars::toDate))
            .scalar(
                scalar(
                    "DateTime",
                    "an ISO-8601 instant such as 2026-11-22T09:30:00Z",
                    Scalars::parseInstant,
                    Scalars::toInstant));
  }

  private static OffsetDateTime parseInstant(String text) {
    return OffsetDateTime.parse(text);
  }

  private static String toDate(Object value) {
    if (value instanceof LocalDate date) {
      return date.toString();
    }
    if (value instanceof String s) {
      return LocalDate.parse(s).toString();
    }
    return null;
  }

  private static String toInstant(Object value) {
    return switch (value) {
      case OffsetDateTime t -> t.withOffsetSameInstant(ZoneOffset.UTC).toInstant().toString();
      case ZonedDateTime t -> t.toInstant().toString();
      case Instant t -> t.toString();
      case String s -> OffsetDateTime.parse(s).toInstant().toString();
      default -> null;
    };
  }

  private static <T> GraphQLScalarType scalar(
      String name, String expected, Function<String, T> parse, Function<Object, String> format) {
    Coercing<T, String> coercing =
        new Coercing<>() {
          @Override
          public String serialize(Object value, GraphQLContext context, Locale locale) {
            String out;
            try {
              out = format.apply(value);
            } catch (DateTimeParseException e) {
              out = null;
            }
            if (out == null) {
              throw new CoercingSerializeException(name + " cannot represent " + value);
            }
            return out;
          }

          @Override
          public T parseValue(Object input, GraphQLContext context, Locale locale) {
            if (!(input instanceof String text)) {
              throw new CoercingParseValueException(
                  name + " must be " + expected + ", not " + input);
            }
            try {
              return parse.apply(text);
            } catch (DateTimeParseException e) {
              throw new CoercingParseValueException(
                  name + " must be " + expected + ", not '" + text + "'");
            }
          }

          @Override
          public T parseLiteral(
              Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
            if (!(input instanceof StringValue value)) {
              throw new CoercingParseLiteralException(name + " must be a string: " + expected);
            }
            try {
              return parse.apply(value.getValue());
            } catch (DateTimeParseException e) {
              throw new CoercingParseLiteralException(
                  name + " must be " + expected + ", not '" + value.getValue() + "'");
            }
          }
        };
    return GraphQLScalarType.newScalar()
        .name(name)
        .description(expected)
        .coercing(coercing)
        .build();
  }
}
