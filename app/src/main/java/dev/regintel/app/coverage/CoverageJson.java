package dev.regintel.app.coverage;

import java.io.OutputStream;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A coverage report as JSON (Jackson): {@code {"schema": "regintel.coverage/1", ...}} followed by
 * the components of {@link CoverageReport} in their order, nested records as objects, absent values
 * as null, dates as ISO 8601 text. The shape is documented in docs/vendors.md and is not the
 * GraphQL one: it is for files kept and compared, so it changes only by keys added.
 */
final class CoverageJson {

  /** The name and version of the shape; a key removed or renamed would make it /2. */
  static final String SCHEMA = "regintel.coverage/1";

  private static final JsonMapper JSON =
      JsonMapper.builder()
          .enable(SerializationFeature.INDENT_OUTPUT)
          // The caller owns the stream, which may be standard output.
          .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
          .build();

  private CoverageJson() {}

  static void write(CoverageReport report, OutputStream out) {
    ObjectNode root = JSON.createObjectNode();
    root.put("schema", SCHEMA);
    root.setAll((ObjectNode) JSON.valueToTree(report));
    JSON.writeValue(out, root);
  }
}
