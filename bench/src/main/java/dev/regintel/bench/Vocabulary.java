package dev.regintel.bench;

import java.util.List;

/**
 * The fixed words the synthetic graph is made of: topics, device categories, jurisdictions and
 * document kinds. Real names are used where the corpus has them so that synthetic data reads like
 * the real thing; beyond them, jurisdictions take ISO 3166 user-assigned codes (XA-XZ, QM-QZ) so
 * that no synthetic code is mistaken for a real country.
 */
final class Vocabulary {

  private Vocabulary() {}

  /**
   * A subject that provisions of many documents share, e.g. default passwords.
   *
   * @param terms glossary terms (each an English and Japanese pair of the real glossary,
   *     seed-data/glossary) that provisions on the subject use
   */
  record Topic(String name, String nameJa, String category, List<Term> terms) {}

  /** A term in English and Japanese. */
  record Term(String en, String ja) {

    /** Terms written {@code en=ja; en=ja}. */
    static List<Term> list(String pairs) {
      return java.util.Arrays.stream(pairs.split(";\\s*"))
          .map(
              pair -> {
                int at = pair.indexOf('=');
                return new Term(pair.substring(0, at).trim(), pair.substring(at + 1).trim());
              })
          .toList();
    }
  }

  static final List<Topic> TOPICS =
      List.of(
          new Topic(
              "default passwords",
              "デフォルトパスワード",
              "AUTHENTICATION",
              Term.list(
                  "default password=デフォルトパスワード; unique password=固有パスワード; universal default password=共通デフォルトパスワード; password strength=パスワード強度; preprogrammed password=事前設定パスワード; authentication mechanism=認証メカニズム")),
          new Topic(
              "vulnerability disclosure",
              "脆弱性開示",
              "VULNERABILITY_MANAGEMENT",
              Term.list(
                  "vulnerability disclosure=脆弱性開示; vulnerability disclosure policy=脆弱性開示ポリシー; security researcher=セキュリティ研究者; point of contact=連絡窓口; vulnerability report=脆弱性報告; coordinated vulnerability disclosure=協調された脆弱性開示")),
          new Topic(
              "software updates",
              "ソフトウェア更新",
              "SOFTWARE_UPDATE",
              Term.list(
                  "software update=ソフトウェアアップデート; security update=セキュリティアップデート; firmware update=ファームウェアアップデート; automatic update=自動アップデート; update notification=アップデート通知; rollback protection=ロールバック保護")),
          new Topic(
              "secure storage of credentials",
              "認証情報の安全な保存",
              "SECURE_STORAGE",
              Term.list(
                  "credential=認証情報; secure storage=セキュアストレージ; sensitive security parameter=機微なセキュリティパラメータ; hard-coded credentials=ハードコードされた認証情報; secure element=セキュアエレメント")),
          new Topic(
              "secure communication",
              "安全な通信",
              "COMMUNICATION",
              Term.list(
                  "secure communication=安全な通信; encryption in transit=通信の暗号化; Transport Layer Security=トランスポート層セキュリティ; mutual authentication=相互認証; cipher suite=暗号スイート")),
          new Topic(
              "attack surface minimisation",
              "攻撃対象領域の最小化",
              "ATTACK_SURFACE",
              Term.list(
                  "attack surface=攻撃対象領域; unused port=未使用ポート; open port=開放ポート; hardening=ハードニング; code minimisation=コードの最小化")),
          new Topic(
              "software integrity",
              "ソフトウェアの完全性",
              "INTEGRITY",
              Term.list(
                  "software integrity=ソフトウェアの完全性; secure boot=セキュアブート; code signing=コード署名; digital signature=デジタル署名; tamper detection=改ざん検知")),
          new Topic(
              "personal data protection",
              "個人データの保護",
              "PRIVACY",
              Term.list(
                  "personal data=個人データ; data protection=データ保護; consent=同意; data minimisation=データ最小化; privacy notice=プライバシー通知")),
          new Topic(
              "resilience to outages",
              "停止に対する回復力",
              "RESILIENCE",
              Term.list(
                  "resilience=レジリエンス; outage=障害; power loss=停電; denial of service=サービス妨害; redundancy=冗長化; basic functioning=基本機能")),
          new Topic(
              "telemetry monitoring",
              "テレメトリの監視",
              "MONITORING",
              Term.list(
                  "telemetry=テレメトリ; anomaly detection=異常検知; continuous monitoring=継続的監視; security event=セキュリティイベント")),
          new Topic(
              "user data deletion",
              "利用者データの削除",
              "DATA_DELETION",
              Term.list(
                  "data deletion=データ削除; factory reset=工場出荷時リセット; user data=ユーザーデータ; data erasure=データ消去; right to erasure=消去権")),
          new Topic(
              "installation and maintenance",
              "設置と保守",
              "USABILITY",
              Term.list(
                  "installation=設置; maintenance=保守; usability=ユーザビリティ; secure configuration=安全な設定; instructions for use=取扱説明書")),
          new Topic(
              "input validation",
              "入力値の検証",
              "INPUT_VALIDATION",
              Term.list(
                  "input validation=入力検証; injection=インジェクション; buffer overflow=バッファオーバーフロー; command injection=コマンドインジェクション; memory safety=メモリ安全性")),
          new Topic(
              "support period",
              "サポート期間",
              "DOCUMENTATION",
              Term.list(
                  "support period=サポート期間; end of support=サポート終了; minimum security update period=最低セキュリティアップデート期間; long-term support=長期サポート")),
          new Topic(
              "incident reporting",
              "インシデント報告",
              "INCIDENT_RESPONSE",
              Term.list(
                  "incident notification=インシデント通知; early warning=早期警報; significant incident=重大インシデント; reporting obligation=報告義務; incident response=インシデント対応")),
          new Topic(
              "supply chain risk",
              "サプライチェーンリスク",
              "SUPPLY_CHAIN",
              Term.list(
                  "supply chain=サプライチェーン; supply chain risk management=サプライチェーンリスク管理; third-party component=サードパーティ製コンポーネント; supplier=サプライヤー; due diligence=デューデリジェンス")),
          new Topic(
              "access control",
              "アクセス制御",
              "ACCESS_CONTROL",
              Term.list(
                  "access control=アクセス制御; role-based access control=ロールベースアクセス制御; least privilege=最小権限; administrator=管理者; privilege escalation=権限昇格")),
          new Topic(
              "cryptography",
              "暗号",
              "CRYPTOGRAPHY",
              Term.list(
                  "cryptography=暗号技術; encryption=暗号化; key management=鍵管理; cryptographic key=暗号鍵; best practice cryptography=ベストプラクティス暗号")),
          new Topic(
              "device identity",
              "デバイス識別",
              "IDENTITY",
              Term.list(
                  "device identity=デバイスアイデンティティ; device identifier=機器識別子; digital certificate=デジタル証明書; onboarding=オンボーディング")),
          new Topic(
              "security governance",
              "セキュリティガバナンス",
              "GOVERNANCE",
              Term.list(
                  "governance=ガバナンス; security policy=セキュリティポリシー; management body=経営陣; accountability=説明責任; risk management=リスク管理")),
          new Topic(
              "secure boot",
              "セキュアブート",
              "INTEGRITY",
              Term.list(
                  "secure boot=セキュアブート; root of trust=信頼の起点; chain of trust=信頼の連鎖; measured boot=メジャードブート; firmware=ファームウェア")),
          new Topic(
              "brute-force protection",
              "総当たり攻撃対策",
              "AUTHENTICATION",
              Term.list(
                  "brute-force attack=総当たり攻撃; rate limiting=レート制限; account lockout=アカウントロックアウト; dictionary attack=辞書攻撃")),
          new Topic(
              "security logging",
              "セキュリティログ",
              "MONITORING",
              Term.list("logging=ログ記録; audit log=監査ログ; event log=イベントログ; timestamp=タイムスタンプ")),
          new Topic(
              "software bill of materials",
              "ソフトウェア部品表",
              "SUPPLY_CHAIN",
              Term.list(
                  "software bill of materials=ソフトウェア部品表; component=コンポーネント; dependency=依存関係; machine-readable format=機械可読形式; open-source software=オープンソースソフトウェア")),
          new Topic(
              "conformity assessment",
              "適合性評価",
              "GOVERNANCE",
              Term.list(
                  "conformity assessment=適合性評価; notified body=ノーティファイドボディ; technical documentation=技術文書; self-declaration=自己適合宣言; CE marking=CEマーキング")),
          new Topic(
              "security labelling",
              "セキュリティラベル",
              "DOCUMENTATION",
              Term.list(
                  "labelling scheme=ラベリング制度; Cyber Trust Mark=サイバートラストマーク; third-party assessment=第三者評価; certification=認証")),
          new Topic(
              "debug interfaces",
              "デバッグインタフェース",
              "ATTACK_SURFACE",
              Term.list(
                  "debug interface=デバッグインターフェース; physical interface=物理インターフェース; physical access=物理的アクセス; tamper resistance=耐タンパー性")),
          new Topic(
              "network services",
              "ネットワークサービス",
              "ATTACK_SURFACE",
              Term.list(
                  "network interface=ネットワークインターフェース; communication protocol=通信プロトコル; firewall=ファイアウォール; Universal Plug and Play=ユニバーサルプラグアンドプレイ")),
          new Topic(
              "remote management",
              "遠隔管理",
              "ACCESS_CONTROL",
              Term.list(
                  "remote access=リモートアクセス; management interface=管理インターフェース; multi-factor authentication=多要素認証; session management=セッション管理")),
          new Topic(
              "security testing",
              "セキュリティ試験",
              "VULNERABILITY_MANAGEMENT",
              Term.list(
                  "security testing=セキュリティテスト; penetration testing=ペネトレーションテスト; fuzzing=ファジング; static analysis=静的解析; threat modelling=脅威モデリング")));

  /** Who provisions oblige, in the glossary's words. */
  static final List<Term> ACTORS =
      Term.list(
          "manufacturer=製造者; importer=輸入者; distributor=流通業者; economic operator=経済事業者;"
              + " authorised representative=認定代理人");

  /** What provisions are about, in the glossary's words. */
  static final List<Term> OBJECTS =
      Term.list(
          "IoT device=IoT機器; IoT product=IoT製品; connected device=接続デバイス;"
              + " product with digital elements=デジタル要素を含む製品; smart meter=スマートメーター;"
              + " network camera=ネットワークカメラ; home router=ホームルーター; medical device=医療機器;"
              + " gateway=ゲートウェイ; companion app=コンパニオンアプリ; cloud service=クラウドサービス");

  /** What provisions protect against, in the glossary's words. */
  static final List<Term> THREATS =
      Term.list(
          "unauthorised access=不正アクセス; tampering=改ざん; eavesdropping=盗聴; spoofing=なりすまし;"
              + " replay attack=リプレイ攻撃; malware=マルウェア; cyber attack=サイバー攻撃");

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
   * @param nameJa the kind in Japanese, for synthetic titles and summaries
   * @param abbreviation used in synthetic codes and ids
   * @param normative whether documents of this kind have requirements
   * @param articles whether its provisions are cited as articles ({@code Art. 3(2)}) rather than
   *     clauses ({@code 5.3-2})
   * @param binding whether it obliges by law (IN_FORCE when current)
   * @param weight how common it is
   */
  record Kind(
      String name,
      String nameJa,
      String abbreviation,
      boolean normative,
      boolean articles,
      boolean binding,
      double weight) {}

  /** Document kinds in roughly the proportions of the corpus. */
  static final List<Kind> KINDS =
      List.of(
          new Kind("LAW", "法律", "law", true, true, true, 3),
          new Kind("REGULATION", "規則", "reg", true, true, true, 4),
          new Kind("DIRECTIVE", "指令", "dir", true, true, true, 2),
          new Kind("STANDARD", "規格", "std", true, false, false, 10),
          new Kind("TECHNICAL_SPECIFICATION", "技術仕様書", "ts", true, false, false, 4),
          new Kind("GUIDANCE", "指針", "gdn", true, false, false, 20),
          new Kind("FRAMEWORK", "フレームワーク", "fwk", true, false, false, 10),
          new Kind("CODE_OF_PRACTICE", "行動規範", "cop", true, false, false, 2),
          new Kind("REPORT", "報告書", "rpt", false, false, false, 8),
          new Kind("WHITE_PAPER", "ホワイトペーパー", "wp", false, false, false, 4),
          new Kind("PRESS_RELEASE", "プレスリリース", "pr", false, false, false, 6),
          new Kind("EVENT", "イベント", "evt", false, false, false, 9),
          new Kind("CASE_STUDY", "事例研究", "cs", false, false, false, 5),
          new Kind("CONSULTATION", "意見募集", "con", false, false, false, 3));
}
