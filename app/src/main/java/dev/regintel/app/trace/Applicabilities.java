package dev.regintel.app.trace;

import dev.regintel.app.internal.neo4j.Values;
import dev.regintel.app.product.DeviceView;
import dev.regintel.ontology.ApplicabilityScope;
import dev.regintel.ontology.DeviceCategory;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;

/**
 * Why an applicability rule makes its document apply to one device in one market, in English and
 * Japanese: the rule's own reason, where the rule comes from when it is not the market's own, what
 * about the device brings it in (category, use), and whether it is in force yet.
 */
final class Applicabilities {

  /**
   * One rule's answer for one device and market.
   *
   * @param organisationDuties refs whose requirements (and everything under them) are the
   *     organisation's duties; a rule of scope ENTITY makes every requirement one
   * @param requirementRefs refs of the only requirements (and everything under them) the rule makes
   *     apply; empty for all
   */
  record Rule(
      String id,
      String jurisdiction,
      String scope,
      String reason,
      String reasonJa,
      List<String> unverified,
      boolean inForce,
      List<String> organisationDuties,
      List<String> requirementRefs) {

    /**
     * Whether the rule makes a requirement apply.
     *
     * @param refs the requirement's ref and those of the requirements above it
     */
    boolean includes(List<String> refs) {
      return requirementRefs.isEmpty() || refs.stream().anyMatch(requirementRefs::contains);
    }

    /** Whether a requirement (its ref and those above it) is an organisation's duty here. */
    boolean organisationDuty(List<String> refs) {
      return ApplicabilityScope.ENTITY.name().equals(scope)
          || refs.stream().anyMatch(organisationDuties::contains);
    }
  }

  private Applicabilities() {}

  /**
   * @param via SELF (the market's own rule), WITHIN (a rule of a union the market belongs to) or
   *     PART (a rule of a part of the market)
   */
  static Rule rule(Node rule, String market, String via, DeviceView device, LocalDate today) {
    String ruleJurisdiction = rule.get("jurisdiction").asString("");
    StringBuilder en = new StringBuilder(rule.get("reason").asString("").trim());
    StringBuilder ja = new StringBuilder(rule.get("reasonJa").asString("").trim());
    switch (via) {
      case "WITHIN" -> {
        en.append(" (a rule of ")
            .append(ruleJurisdiction)
            .append(", which applies in ")
            .append(market)
            .append(" as part of ")
            .append(ruleJurisdiction)
            .append(")");
        ja.append("（").append(ruleJurisdiction).append("の規則。").append(market);
        ja.append("は").append(ruleJurisdiction).append("の一部として適用を受ける）");
      }
      case "PART" -> {
        en.append(" (a rule of ").append(ruleJurisdiction).append(", part of ").append(market);
        en.append(")");
        ja.append("（").append(market).append("の一部である").append(ruleJurisdiction);
        ja.append("の規則）");
      }
      default -> {}
    }
    appendMatch(rule, device, en, ja);
    Value from = rule.get("from");
    Value until = rule.get("until");
    boolean started = from.isNull() || !from.asLocalDate().isAfter(today);
    boolean ended = !until.isNull() && until.asLocalDate().isBefore(today);
    if (!started) {
      en.append(" Applies from ").append(from.asLocalDate()).append(", not yet in effect.");
      ja.append(" ").append(from.asLocalDate()).append("から適用（未施行）。");
    }
    if (ended) {
      en.append(" Applied until ").append(until.asLocalDate()).append(".");
      ja.append(" ").append(until.asLocalDate()).append("まで適用。");
    }
    return new Rule(
        rule.get("id").asString(),
        ruleJurisdiction,
        rule.get("scope").asString(ApplicabilityScope.PRODUCT.name()),
        en.toString().trim(),
        ja.isEmpty() ? null : ja.toString().trim(),
        Values.strings(rule, "unverified"),
        started && !ended,
        Values.strings(rule, "organisationDuties"),
        Values.strings(rule, "requirementRefs"));
  }

  /**
   * What about the device brings it under the rule: its category, and its use where that counts.
   */
  private static void appendMatch(
      Node rule, DeviceView device, StringBuilder en, StringBuilder ja) {
    List<String> categories = Values.strings(rule, "categories");
    String category = device.category();
    String label = label(category, false);
    String labelJa = label(category, true);
    if (!categories.isEmpty()) {
      en.append(" It covers ").append(String.join(", ", categories)).append("; this device is ");
      en.append(category).append(" (").append(label).append(").");
      ja.append(" 対象カテゴリ: ").append(String.join("、", categories)).append("。本機器は");
      ja.append(category).append("（").append(labelJa).append("）。");
    } else {
      List<String> excluded = Values.strings(rule, "excludedCategories");
      en.append(" It covers every device category");
      ja.append(" すべての機器カテゴリが対象");
      if (!excluded.isEmpty()) {
        en.append(" but ").append(String.join(", ", excluded));
        ja.append("（").append(String.join("、", excluded)).append("を除く）");
      }
      en.append("; this device is ").append(category).append(" (").append(label).append(").");
      ja.append("。本機器は").append(category).append("（").append(labelJa).append("）。");
    }
    List<String> uses = Values.strings(rule, "uses");
    if (!uses.isEmpty()) {
      if (device.use() == null) {
        en.append(" Only for ").append(String.join(", ", uses).toLowerCase(Locale.ROOT));
        en.append(" use: kept in because the device's use is not recorded.");
        ja.append(" ").append(String.join("、", uses)).append("用途のみが対象。本機器の用途が未登録のため対象として扱う。");
      } else {
        en.append(" It covers ").append(String.join(", ", uses).toLowerCase(Locale.ROOT));
        en.append(" use, as this device's (").append(device.use().toLowerCase(Locale.ROOT));
        en.append(").");
        ja.append(" 対象用途: ").append(String.join("、", uses)).append("。本機器の用途は");
        ja.append(device.use()).append("。");
      }
    }
  }

  private static String label(String category, boolean japanese) {
    for (DeviceCategory c : DeviceCategory.values()) {
      if (c.name().equals(category)) {
        return japanese ? c.labelJa() : c.label();
      }
    }
    return japanese ? "未定義のカテゴリ" : "a category regintel does not define";
  }
}
