package dev.regintel.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.regintel.app.support.AbstractAppIT;
import dev.regintel.app.support.SchemaNames;
import graphql.schema.idl.SchemaPrinter;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;

/**
 * The served schema keeps every type, field and argument of the public contract, with the same
 * types and defaults, and describes every type and field.
 */
class ContractIT extends AbstractAppIT {

  @Autowired GraphQlSource graphQlSource;

  String servedSdl() {
    return new SchemaPrinter(SchemaPrinter.Options.defaultOptions().includeDirectives(false))
        .print(graphQlSource.schema());
  }

  @Test
  void servedSchemaContainsEveryNameOfTheContract() throws IOException {
    List<String> contract = Files.readAllLines(ContractManifestTests.MANIFEST);
    Set<String> served = SchemaNames.of(servedSdl());
    assertThat(contract).hasSizeGreaterThan(200);
    assertThat(served).containsAll(contract);
  }

  @Test
  void everyTypeAndFieldOfTheServedSchemaIsDescribed() {
    List<String> undescribed = new java.util.ArrayList<>();
    graphQlSource.schema().getAllTypesAsList().stream()
        .filter(t -> !t.getName().startsWith("__"))
        .filter(t -> !List.of("String", "Int", "Float", "Boolean", "ID").contains(t.getName()))
        .forEach(
            t -> {
              if (t instanceof graphql.schema.GraphQLNamedSchemaElement e
                  && (e.getDescription() == null || e.getDescription().isBlank())) {
                undescribed.add(t.getName());
              }
              if (t instanceof graphql.schema.GraphQLFieldsContainer c) {
                c.getFieldDefinitions().stream()
                    .filter(f -> f.getDescription() == null || f.getDescription().isBlank())
                    .forEach(f -> undescribed.add(t.getName() + "." + f.getName()));
              }
              if (t instanceof graphql.schema.GraphQLInputObjectType i) {
                i.getFieldDefinitions().stream()
                    .filter(f -> f.getDescription() == null || f.getDescription().isBlank())
                    .forEach(f -> undescribed.add(t.getName() + "." + f.getName()));
              }
            });
    assertThat(undescribed).isEmpty();
  }
}
