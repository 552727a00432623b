package dev.regintel.bench.sdn;

import org.springframework.data.domain.Persistable;

/**
 * A node that SDN is told is never new. With an assigned id and no version property, SDN would take
 * every instance for new, and then save the nodes at the other end of its relationships too
 * (overwriting their properties with those of an instance that names only their key) and never
 * delete the relationships a save leaves out. A product write replaces what is stored, whether it
 * is there or not, so nothing it saves is new.
 */
interface StoredNode extends Persistable<String> {

  @Override
  default boolean isNew() {
    return false;
  }
}
