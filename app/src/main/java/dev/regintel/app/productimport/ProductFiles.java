package dev.regintel.app.productimport;

import dev.regintel.crawlers.Fetched;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a product file: bytes in, {@link ProductEntries} out, nothing looked up. The one entry
 * point of the parsers, whatever the format.
 */
public final class ProductFiles {

  private ProductFiles() {}

  /**
   * The records of a product file.
   *
   * @param fileName the file's name, for messages
   * @throws ProductFileException when the file is over a limit, malformed, or not the kind of
   *     document its format names
   */
  public static ProductEntries read(
      byte[] bytes, ProductFileFormat format, String fileName, ProductImportLimits limits) {
    limits.checkFileSize(bytes.length);
    if (bytes.length == 0) {
      throw ProductFileException.unreadable("the file is empty");
    }
    List<ImportProblem> problems = new ArrayList<>();
    return switch (format) {
      case OSCAL_JSON ->
          OscalProducts.map(OscalComponentJson.read(fetched(bytes, fileName)), limits);
      case OSCAL_XML -> OscalProducts.map(OscalComponentXml.read(fetched(bytes, fileName)), limits);
      case CSV -> SheetProducts.map(ProductSheetCsv.read(utf8(bytes), limits, problems), problems);
      case YAML ->
          SheetProducts.map(ProductSheetYaml.read(utf8(bytes), limits, problems), problems);
    };
  }

  /** The bytes as the crawlers' parsers take them, named by the file. */
  private static Fetched fetched(byte[] bytes, String fileName) {
    URI name;
    try {
      name = new URI(null, null, fileName, null);
    } catch (URISyntaxException e) {
      name = URI.create("upload");
    }
    return new Fetched(name, null, bytes, null, null);
  }

  /**
   * Strict UTF-8 without its byte-order mark (which spreadsheet programs write): a sheet saved in
   * another encoding is refused rather than read with wrong characters.
   */
  static String utf8(byte[] bytes) {
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (CharacterCodingException e) {
      throw ProductFileException.unreadable(
          "the file is not UTF-8 text: save the sheet as CSV UTF-8 (or YAML in UTF-8)", e);
    }
  }
}
