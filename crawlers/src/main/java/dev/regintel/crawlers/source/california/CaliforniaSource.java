package dev.regintel.crawlers.source.california;

import dev.regintel.crawlers.Fetched;
import dev.regintel.crawlers.ParseException;
import dev.regintel.crawlers.Parsed;
import dev.regintel.crawlers.Source;
import java.net.URI;
import java.util.List;
import java.util.Set;

/**
 * California Legislative Information (leginfo): the sections of the Civil Code's IoT security title
 * (1798.91.04-1798.91.06), with their official text ({@link CodeSectionPage}), and the bills that
 * enacted it, SB 327 and AB 1906 of 2017-2018 ({@link BillPage}). State statutes are not subject to
 * copyright. leginfo's pages are JSF pages without a published API; their structure is read as
 * described in each parser and the fixtures' README.
 */
public final class CaliforniaSource implements Source {

  static final String PUBLISHER = "pub:ca-legislature";
  static final List<String> JURISDICTIONS = List.of("US-CA");

  private static final String SECTION =
      "https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=CIV&sectionNum=";
  private static final String BILL =
      "https://leginfo.legislature.ca.gov/faces/billNavClient.xhtml?bill_id=";

  static final URI CIV_1798_91_04 = URI.create(SECTION + "1798.91.04");
  static final URI CIV_1798_91_05 = URI.create(SECTION + "1798.91.05");
  static final URI CIV_1798_91_06 = URI.create(SECTION + "1798.91.06");
  static final URI SB_327 = URI.create(BILL + "201720180SB327");
  static final URI AB_1906 = URI.create(BILL + "201720180AB1906");

  @Override
  public String name() {
    return "california";
  }

  @Override
  public Set<String> hosts() {
    return Set.of("leginfo.legislature.ca.gov");
  }

  @Override
  public List<URI> entryPoints() {
    return List.of(CIV_1798_91_04, CIV_1798_91_05, CIV_1798_91_06, SB_327, AB_1906);
  }

  @Override
  public Parsed parse(Fetched fetched) {
    String path = fetched.url().getPath();
    if (path != null) {
      switch (path) {
        case "/faces/codes_displaySection.xhtml", "/faces/codes_displayText.xhtml" -> {
          return CodeSectionPage.parse(fetched);
        }
        case "/faces/billNavClient.xhtml", "/faces/billTextClient.xhtml" -> {
          return BillPage.parse(fetched);
        }
        default -> {
          // not ours
        }
      }
    }
    throw new ParseException("not a leginfo page this source reads: " + fetched.url());
  }
}
