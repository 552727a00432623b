package dev.regintel.app.productimport;

import java.util.List;
import java.util.Map;

/**
 * The part of an OSCAL component definition an import reads, the same from JSON and XML: its
 * components with their control implementations, the parties that provide them, and the back-matter
 * resources a control implementation's {@code source} may point to. Prose (Markdown in JSON, markup
 * in XML) is plain text with parameters written {@code {{ insert: param, id }}}.
 *
 * @param uuid the definition's uuid
 * @param title its metadata title
 * @param version its metadata version
 */
record OscalComponentDefinition(
    String uuid,
    String title,
    String version,
    List<Party> parties,
    List<Component> components,
    List<Resource> resources) {

  /** An organisation or person of the metadata; {@code website} is its link with rel website. */
  record Party(String uuid, String name, String website) {}

  /** A property: {@code ns} is null for OSCAL's own names. */
  record Prop(String name, String ns, String value) {}

  /**
   * A component.
   *
   * @param type OSCAL's component type, e.g. hardware, software, service, policy
   * @param roles the responsible roles: role id to the uuids of the parties in it
   */
  record Component(
      String uuid,
      String type,
      String title,
      String description,
      String purpose,
      List<Prop> props,
      Map<String, List<String>> roles,
      List<ControlImplementation> implementations) {}

  /**
   * The controls of one catalog or profile that a component implements.
   *
   * @param source the catalog or profile: a URL, a path, or {@code #uuid} of a back-matter resource
   */
  record ControlImplementation(
      String uuid, String source, String description, List<ImplementedRequirement> requirements) {}

  /**
   * How a component implements one control.
   *
   * @param statuses the values of its {@code implementation-status} properties and of an {@code
   *     implementation-status} assembly's {@code state}, as given
   * @param statements the descriptions of its statements, in order
   * @param parameters the values it sets, by parameter id
   */
  record ImplementedRequirement(
      String uuid,
      String controlId,
      String description,
      List<String> statuses,
      List<String> statements,
      Map<String, String> parameters) {}

  /**
   * A back-matter resource.
   *
   * @param hrefs the addresses of its {@code rlinks}
   */
  record Resource(String uuid, String title, List<String> hrefs) {}
}
