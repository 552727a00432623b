package dev.regintel.app.bench;

import java.util.List;

/**
 * The fixed words the synthetic graph is made of: topics, device categories, jurisdictions and
 * document kinds. Real names are used where the corpus has them so that synthetic data reads like
 * the real thing; beyond them, jurisdictions take ISO 3166 user-assigned codes (XA-XZ, QM-QZ) so
 * that no synthetic code is mistaken for a real country.
 */
final class Vocabulary {

  private Vocabulary() {}

  /** A subject that provisions of many documents share, e.g. default passwords. */
  record Topic(String name, String nameJa, String category) {}

  static final List<Topic> TOPICS =
      List.of(
          new Topic("default passwords", "デフォルトパスワード", "AUTHENTICATION"),
          new Topic("vulnerability disclosure", "脆弱性開示", "VULNERABILITY_MANAGEMENT"),
          new Topic("software updates", "ソフトウェア更新", "SOFTWARE_UPDATE"),
          new Topic("secure storage of credentials", "認証情報の安全な保存", "SECURE_STORAGE"),
          new Topic("secure communication", "安全な通信", "COMMUNICATION"),
          new Topic("attack surface minimisation", "攻撃対象領域の最小化", "ATTACK_SURFACE"),
          new Topic("software integrity", "ソフトウェアの完全性", "INTEGRITY"),
          new Topic("personal data protection", "個人データの保護", "PRIVACY"),
          new Topic("resilience to outages", "停止に対する回復力", "RESILIENCE"),
          new Topic("telemetry monitoring", "テレメトリの監視", "MONITORING"),
          new Topic("user data deletion", "利用者データの削除", "DATA_DELETION"),
          new Topic("installation and maintenance", "設置と保守", "USABILITY"),
          new Topic("input validation", "入力値の検証", "INPUT_VALIDATION"),
          new Topic("support period", "サポート期間", "DOCUMENTATION"),
          new Topic("incident reporting", "インシデント報告", "INCIDENT_RESPONSE"),
          new Topic("supply chain risk", "サプライチェーンリスク", "SUPPLY_CHAIN"),
          new Topic("access control", "アクセス制御", "ACCESS_CONTROL"),
          new Topic("cryptography", "暗号", "CRYPTOGRAPHY"),
          new Topic("device identity", "デバイス識別", "IDENTITY"),
          new Topic("security governance", "セキュリティガバナンス", "GOVERNANCE"),
          new Topic("secure boot", "セキュアブート", "INTEGRITY"),
          new Topic("brute-force protection", "総当たり攻撃対策", "AUTHENTICATION"),
          new Topic("security logging", "セキュリティログ", "MONITORING"),
          new Topic("software bill of materials", "ソフトウェア部品表", "SUPPLY_CHAIN"),
          new Topic("conformity assessment", "適合性評価", "GOVERNANCE"),
          new Topic("security labelling", "セキュリティラベル", "DOCUMENTATION"),
          new Topic("debug interfaces", "デバッグインタフェース", "ATTACK_SURFACE"),
          new Topic("network services", "ネットワークサービス", "ATTACK_SURFACE"),
          new Topic("remote management", "遠隔管理", "ACCESS_CONTROL"),
          new Topic("security testing", "セキュリティ試験", "VULNERABILITY_MANAGEMENT"));

  /** Device categories, as the applicability rules of the corpus name them. */
  static final List<String> DEVICE_CATEGORIES =
      List.of(
          "CONSUMER_IOT",
          "ROUTER",
          "NETWORK_CAMERA",
          "SMART_METER",
          "MEDICAL_DEVICE",
          "EV_CHARGER",
          "COMPUTER",
          "SMARTPHONE",
          "VEHICLE");

  /** How common each device category is among devices (same order). */
  static final double[] DEVICE_CATEGORY_WEIGHTS = {40, 15, 15, 6, 5, 5, 6, 5, 3};

  /** A jurisdiction; {@code parent} is the code it is PART_OF, or null. */
  record Place(String code, String name, String nameJa, String parent) {}

  /** The corpus's seven jurisdictions first (so scale 1 has exactly them), then more real ones. */
  static final List<Place> PLACES =
      List.of(
          new Place("EU", "European Union", "欧州連合", null),
          new Place("INT", "International", "国際", null),
          new Place("US", "United States", "米国", null),
          new Place("GB", "United Kingdom", "英国", null),
          new Place("JP", "Japan", "日本", null),
          new Place("DE", "Germany", "ドイツ", "EU"),
          new Place("US-CA", "California", "カリフォルニア州", "US"),
          new Place("FR", "France", "フランス", "EU"),
          new Place("SG", "Singapore", "シンガポール", null),
          new Place("KR", "Republic of Korea", "韓国", null),
          new Place("AU", "Australia", "オーストラリア", null),
          new Place("CA", "Canada", "カナダ", null),
          new Place("IN", "India", "インド", null),
          new Place("NL", "Netherlands", "オランダ", "EU"),
          new Place("CN", "China", "中国", null),
          new Place("IT", "Italy", "イタリア", "EU"),
          new Place("ES", "Spain", "スペイン", "EU"),
          new Place("SE", "Sweden", "スウェーデン", "EU"),
          new Place("FI", "Finland", "フィンランド", "EU"),
          new Place("BR", "Brazil", "ブラジル", null),
          new Place("CH", "Switzerland", "スイス", null),
          new Place("IE", "Ireland", "アイルランド", "EU"),
          new Place("AT", "Austria", "オーストリア", "EU"),
          new Place("BE", "Belgium", "ベルギー", "EU"),
          new Place("DK", "Denmark", "デンマーク", "EU"),
          new Place("PL", "Poland", "ポーランド", "EU"),
          new Place("NO", "Norway", "ノルウェー", null),
          new Place("TW", "Taiwan", "台湾", null),
          new Place("NZ", "New Zealand", "ニュージーランド", null),
          new Place("IL", "Israel", "イスラエル", null),
          new Place("US-NY", "New York", "ニューヨーク州", "US"),
          new Place("US-TX", "Texas", "テキサス州", "US"),
          new Place("US-WA", "Washington", "ワシントン州", "US"),
          new Place("US-OR", "Oregon", "オレゴン州", "US"),
          new Place("AU-NSW", "New South Wales", "ニューサウスウェールズ州", "AU"),
          new Place("CA-ON", "Ontario", "オンタリオ州", "CA"),
          new Place("DE-BY", "Bavaria", "バイエルン州", "DE"));

  /** ISO 3166 user-assigned alpha-2 codes: synthetic countries beyond {@link #PLACES}. */
  private static final List<String> USER_ASSIGNED = userAssigned();

  private static List<String> userAssigned() {
    List<String> codes = new java.util.ArrayList<>();
    for (char c = 'A'; c <= 'Z'; c++) {
      codes.add("X" + c);
    }
    for (char c = 'M'; c <= 'Z'; c++) {
      codes.add("Q" + c);
    }
    return List.copyOf(codes);
  }

  /** The {@code i}-th jurisdiction: real ones first, then synthetic countries and their regions. */
  static Place place(int i) {
    if (i < PLACES.size()) {
      return PLACES.get(i);
    }
    int k = i - PLACES.size();
    int countries = USER_ASSIGNED.size();
    if (k < countries) {
      String code = USER_ASSIGNED.get(k);
      return new Place(code, "Synthetic country " + code, "架空の国 " + code, null);
    }
    String country = USER_ASSIGNED.get((k - countries) % countries);
    String code = country + "-%02d".formatted(1 + (k - countries) / countries);
    return new Place(code, "Synthetic region " + code, "架空の地域 " + code, country);
  }

  /**
   * A kind of document.
   *
   * @param name the kind as the loader writes it
   * @param abbreviation used in synthetic codes and ids
   * @param normative whether documents of this kind have requirements
   * @param articles whether its provisions are cited as articles ({@code Art. 3(2)}) rather than
   *     clauses ({@code 5.3-2})
   * @param binding whether it obliges by law (IN_FORCE when current)
   * @param weight how common it is
   */
  record Kind(
      String name,
      String abbreviation,
      boolean normative,
      boolean articles,
      boolean binding,
      double weight) {}

  /** Document kinds in roughly the proportions of the corpus. */
  static final List<Kind> KINDS =
      List.of(
          new Kind("LAW", "law", true, true, true, 3),
          new Kind("REGULATION", "reg", true, true, true, 4),
          new Kind("DIRECTIVE", "dir", true, true, true, 2),
          new Kind("STANDARD", "std", true, false, false, 10),
          new Kind("TECHNICAL_SPECIFICATION", "ts", true, false, false, 4),
          new Kind("GUIDANCE", "gdn", true, false, false, 20),
          new Kind("FRAMEWORK", "fwk", true, false, false, 10),
          new Kind("CODE_OF_PRACTICE", "cop", true, false, false, 2),
          new Kind("REPORT", "rpt", false, false, false, 8),
          new Kind("WHITE_PAPER", "wp", false, false, false, 4),
          new Kind("PRESS_RELEASE", "pr", false, false, false, 6),
          new Kind("EVENT", "evt", false, false, false, 9),
          new Kind("CASE_STUDY", "cs", false, false, false, 5),
          new Kind("CONSULTATION", "con", false, false, false, 3));
}
