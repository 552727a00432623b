package dev.regintel.ontology;

/**
 * What kind of product a device is ({@code Device.category}), the vocabulary applicability rules
 * use to include and exclude products. The labels and descriptions are regintel's own words, not a
 * regulator's definitions: each rule's reason says in its own source's terms what it covers, and
 * the exclusions named here are those of the graph's rules (seed-data/applicability).
 */
public enum DeviceCategory {
  CONSUMER_IOT(
      "Consumer IoT product",
      "消費者向けIoT製品",
      "A connectable product for homes and individuals: smart speakers, toys, appliances, wearables."),
  ROUTER(
      "Router or gateway",
      "ルーター・ゲートウェイ",
      "A device that connects a home or office network to a carrier's network."),
  NETWORK_CAMERA(
      "Network camera",
      "ネットワークカメラ",
      "A camera that streams or records over an IP network, for homes or for video surveillance."),
  SMART_METER("Smart meter", "スマートメーター", "A utility meter that reports readings over a network."),
  MEDICAL_DEVICE(
      "Medical device",
      "医療機器",
      "A product regulated as a medical device; several rules of the graph leave it to its own regime."),
  EV_CHARGER(
      "Electric vehicle charge point",
      "電気自動車充電設備",
      "A charge point for electric vehicles; the UK PSTI rule of the graph excepts it."),
  COMPUTER(
      "Computer",
      "コンピュータ",
      "A desktop, laptop or tablet computer whose functions the user changes with software of their"
          + " choice."),
  SMARTPHONE(
      "Smartphone",
      "スマートフォン",
      "A mobile phone running apps of the user's choice; Japan's rules of the graph leave it out."),
  VEHICLE(
      "Vehicle",
      "車両",
      "A road vehicle; the CRA rule of the graph leaves it to vehicle type-approval law.");

  private final String label;
  private final String labelJa;
  private final String description;

  DeviceCategory(String label, String labelJa, String description) {
    this.label = label;
    this.labelJa = labelJa;
    this.description = description;
  }

  public String label() {
    return label;
  }

  public String labelJa() {
    return labelJa;
  }

  public String description() {
    return description;
  }
}
