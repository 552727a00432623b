package dev.regintel.app.support;

import graphql.language.AstPrinter;
import graphql.language.EnumTypeDefinition;
import graphql.language.FieldDefinition;
import graphql.language.InputObjectTypeDefinition;
import graphql.language.InputValueDefinition;
import graphql.language.InterfaceTypeDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.language.ScalarTypeDefinition;
import graphql.language.TypeDefinition;
import graphql.language.UnionTypeDefinition;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Every name a schema promises, one line each (types, fields with their arguments and types, enum
 * values, input fields), so that two schemas can be compared line by line.
 */
public final class SchemaNames {

  private SchemaNames() {}

  public static TreeSet<String> of(String sdl) {
    TypeDefinitionRegistry registry = new SchemaParser().parse(sdl);
    TreeSet<String> lines = new TreeSet<>();
    registry.scalars().values().stream()
        .filter(s -> !List.of("Int", "Float", "String", "Boolean", "ID").contains(s.getName()))
        .forEach(s -> lines.add("scalar " + s.getName()));
    for (TypeDefinition<?> type : registry.types().values()) {
      switch (type) {
        case ObjectTypeDefinition o -> {
          lines.add("type " + o.getName());
          o.getFieldDefinitions()
              .forEach(f -> field(f).forEach(l -> lines.add("type " + o.getName() + "." + l)));
        }
        case InterfaceTypeDefinition i -> {
          lines.add("interface " + i.getName());
          i.getFieldDefinitions()
              .forEach(f -> field(f).forEach(l -> lines.add("interface " + i.getName() + "." + l)));
        }
        case InputObjectTypeDefinition i -> {
          lines.add("input " + i.getName());
          i.getInputValueDefinitions()
              .forEach(v -> lines.add("input " + i.getName() + "." + value(v)));
        }
        case EnumTypeDefinition e -> {
          lines.add("enum " + e.getName());
          e.getEnumValueDefinitions()
              .forEach(v -> lines.add("enum " + e.getName() + "." + v.getName()));
        }
        case UnionTypeDefinition u ->
            lines.add(
                "union "
                    + u.getName()
                    + " = "
                    + u.getMemberTypes().stream()
                        .map(AstPrinter::printAst)
                        .sorted()
                        .collect(Collectors.joining(" | ")));
        case ScalarTypeDefinition s -> lines.add("scalar " + s.getName());
        default -> lines.add("other " + type.getName());
      }
    }
    registry
        .objectTypeExtensions()
        .forEach(
            (name, extensions) ->
                extensions.forEach(
                    x ->
                        x.getFieldDefinitions()
                            .forEach(
                                f -> field(f).forEach(l -> lines.add("type " + name + "." + l)))));
    return lines;
  }

  /** The field with its type, then one line per argument, so that added arguments do not count. */
  private static List<String> field(FieldDefinition f) {
    List<String> out = new java.util.ArrayList<>();
    out.add(f.getName() + ": " + AstPrinter.printAst(f.getType()));
    f.getInputValueDefinitions().forEach(v -> out.add(f.getName() + "(" + value(v) + ")"));
    return out;
  }

  private static String value(InputValueDefinition v) {
    String fallback =
        v.getDefaultValue() == null ? "" : " = " + AstPrinter.printAst(v.getDefaultValue());
    return v.getName() + ": " + AstPrinter.printAst(v.getType()) + fallback;
  }
}
