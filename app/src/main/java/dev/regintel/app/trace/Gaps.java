package dev.regintel.app.trace;

import dev.regintel.app.product.ControlView;
import dev.regintel.app.requirement.RequirementView;
import dev.regintel.ontology.Duty;
import java.util.List;
import java.util.stream.Collectors;

/** Why a coverage row is NONE, and what would close it, in English and Japanese. */
final class Gaps {

  private Gaps() {}

  static String english(RequirementView q, Duty duty, List<ControlView> known) {
    StringBuilder s = new StringBuilder();
    if (duty == Duty.ORGANISATION) {
      s.append("A duty of the organisation (a process or a report), not a feature of the device:");
      s.append(" no control of the device is claimed to support it.");
    } else {
      s.append("No control of this device is claimed to satisfy it, directly or through mappings");
      s.append(" within ").append(TraceService.DEFAULT_HOPS).append(" hops.");
    }
    if (known.isEmpty()) {
      s.append(" No control in the graph is claimed to satisfy it yet.");
    } else {
      s.append(" Controls claimed to satisfy it elsewhere in the graph: ");
      s.append(names(known, false)).append(".");
    }
    String condition = q.content().condition();
    if (condition != null && !condition.isBlank()) {
      s.append(" It applies only when: ").append(condition.strip());
    }
    return s.toString();
  }

  static String japanese(RequirementView q, Duty duty, List<ControlView> known) {
    StringBuilder s = new StringBuilder();
    if (duty == Duty.ORGANISATION) {
      s.append("機器の機能ではなく組織の義務（プロセス又は報告）であり、これを支える本機器の管理策は登録されていない。");
    } else {
      s.append("本機器の管理策で、直接又は").append(TraceService.DEFAULT_HOPS);
      s.append("ホップ以内のマッピングを通じてこの要件を満たすとされるものはない。");
    }
    if (known.isEmpty()) {
      s.append("グラフ内にこの要件を満たすとされる管理策はまだない。");
    } else {
      s.append("グラフ内の他の管理策でこの要件を満たすとされるもの: ").append(names(known, true));
      s.append("。");
    }
    String condition = q.content().conditionJa();
    if (condition != null && !condition.isBlank()) {
      s.append("適用条件: ").append(condition.strip());
    }
    return s.toString();
  }

  private static String names(List<ControlView> controls, boolean japanese) {
    return controls.stream()
        .map(
            c -> {
              String name =
                  japanese && c.content().nameJa() != null
                      ? c.content().nameJa()
                      : c.content().name();
              return c.id() + " (" + name + ")";
            })
        .collect(Collectors.joining(japanese ? "、" : ", "));
  }
}
