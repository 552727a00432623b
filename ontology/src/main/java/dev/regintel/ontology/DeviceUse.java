package dev.regintel.ontology;

/**
 * Who a device is sold to ({@code Device.use}): several rules cover only products for consumers
 * (the UK's PSTI regime, consumer IoT baselines), so a camera sold to businesses is outside them.
 */
public enum DeviceUse {
  /** Sold to, or likely to be used by, individuals outside their trade or profession. */
  CONSUMER("Consumer", "消費者向け"),
  /** Sold to businesses and public bodies for their work, e.g. video surveillance systems. */
  PROFESSIONAL("Professional", "業務用"),
  /** Used in industrial plants and critical infrastructure operations. */
  INDUSTRIAL("Industrial", "産業用");

  private final String label;
  private final String labelJa;

  DeviceUse(String label, String labelJa) {
    this.label = label;
    this.labelJa = labelJa;
  }

  public String label() {
    return label;
  }

  public String labelJa() {
    return labelJa;
  }
}
