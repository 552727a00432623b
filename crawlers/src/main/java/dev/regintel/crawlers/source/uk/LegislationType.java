package dev.regintel.crawlers.source.uk;

import java.util.Arrays;
import java.util.Optional;

/**
 * The legislation.gov.uk document types: the {@code ukm:DocumentMainType} value, the type's URI
 * abbreviation and whether it is primary, secondary or draft legislation (the table in the site's
 * URI documentation).
 */
enum LegislationType {
  UKPGA("UnitedKingdomPublicGeneralAct", "ukpga", Category.PRIMARY),
  UKLA("UnitedKingdomLocalAct", "ukla", Category.PRIMARY),
  UKPPA("UnitedKingdomPrivateOrPersonalAct", "ukppa", Category.PRIMARY),
  GBLA("GreatBritainLocalAct", "gbla", Category.PRIMARY),
  APGB("GreatBritainAct", "apgb", Category.PRIMARY),
  GBPPA("GreatBritainPrivateOrPersonalAct", "gbppa", Category.PRIMARY),
  AEP("EnglandAct", "aep", Category.PRIMARY),
  AOSP("ScottishOldAct", "aosp", Category.PRIMARY),
  ASP("ScottishAct", "asp", Category.PRIMARY),
  AIP("IrelandAct", "aip", Category.PRIMARY),
  APNI("NorthernIrelandParliamentAct", "apni", Category.PRIMARY),
  MNIA("NorthernIrelandAssemblyMeasure", "mnia", Category.PRIMARY),
  NIA("NorthernIrelandAct", "nia", Category.PRIMARY),
  UKCM("UnitedKingdomChurchMeasure", "ukcm", Category.PRIMARY),
  MWA("WelshAssemblyMeasure", "mwa", Category.PRIMARY),
  ANAW("WelshNationalAssemblyAct", "anaw", Category.PRIMARY),
  ASC("WelshParliamentAct", "asc", Category.PRIMARY),
  UKSI("UnitedKingdomStatutoryInstrument", "uksi", Category.SECONDARY),
  SSI("ScottishStatutoryInstrument", "ssi", Category.SECONDARY),
  WSI("WelshStatutoryInstrument", "wsi", Category.SECONDARY),
  NISR("NorthernIrelandStatutoryRule", "nisr", Category.SECONDARY),
  UKCI("UnitedKingdomChurchInstrument", "ukci", Category.SECONDARY),
  NISI("NorthernIrelandOrderInCouncil", "nisi", Category.SECONDARY),
  UKMO("UnitedKingdomMinisterialOrder", "ukmo", Category.SECONDARY),
  NISRO("NorthernIrelandStatutoryRuleOrOrder", "nisro", Category.SECONDARY),
  UKDSI("UnitedKingdomDraftStatutoryInstrument", "ukdsi", Category.DRAFT),
  SDSI("ScottishDraftStatutoryInstrument", "sdsi", Category.DRAFT),
  NIDSR("NorthernIrelandDraftStatutoryRule", "nidsr", Category.DRAFT),
  NIDSI("NorthernIrelandDraftOrderInCouncil", "nidsi", Category.DRAFT),
  WDSI("WelshDraftStatutoryInstrument", "wdsi", Category.DRAFT);

  enum Category {
    PRIMARY,
    SECONDARY,
    DRAFT
  }

  private final String mainType;
  private final String abbreviation;
  private final Category category;

  LegislationType(String mainType, String abbreviation, Category category) {
    this.mainType = mainType;
    this.abbreviation = abbreviation;
    this.category = category;
  }

  static Optional<LegislationType> fromMainType(String value) {
    return Arrays.stream(values()).filter(t -> t.mainType.equals(value)).findFirst();
  }

  static Optional<LegislationType> fromAbbreviation(String value) {
    return Arrays.stream(values()).filter(t -> t.abbreviation.equals(value)).findFirst();
  }

  String abbreviation() {
    return abbreviation;
  }

  Category category() {
    return category;
  }
}
