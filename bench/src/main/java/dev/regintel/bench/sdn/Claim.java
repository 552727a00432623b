package dev.regintel.bench.sdn;

import dev.regintel.app.write.SatisfiesWrite;
import org.springframework.data.neo4j.core.schema.RelationshipProperties;
import org.springframework.data.neo4j.core.schema.TargetNode;

/** A control's claim to fulfil a requirement ({@code SATISFIES}), with how fully and why. */
@RelationshipProperties
public class Claim extends Link {

  @TargetNode private RequirementNode requirement;

  private String fulfilment;
  private String evidence;

  Claim(SatisfiesWrite s) {
    super(s.provenance());
    requirement = new RequirementNode(s.requirementId());
    fulfilment = s.fulfilment();
    evidence = s.evidence();
  }
}
