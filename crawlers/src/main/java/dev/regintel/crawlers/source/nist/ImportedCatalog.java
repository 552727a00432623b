package dev.regintel.crawlers.source.nist;

import java.util.List;

/**
 * An OSCAL catalog read for import ({@link OscalImport}).
 *
 * @param title its metadata title, e.g. {@code NIST Special Publication 800-53 Revision 4: ...}
 * @param controls every group and control in document order, parents before their parts, withdrawn
 *     ones included and marked; CSF 1.1 items the CSF 2.0 catalog still carries unmarked are left
 *     out (see {@link NistCatalog})
 */
public record ImportedCatalog(String title, List<ImportedControl> controls) {

  public ImportedCatalog {
    controls = List.copyOf(controls);
  }
}
