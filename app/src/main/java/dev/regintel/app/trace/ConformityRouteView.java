package dev.regintel.app.trace;

import dev.regintel.app.document.DocumentView;
import java.util.List;

/**
 * A way to show conformity with an applicable document that the graph knows from a publisher's or a
 * recognition's own statement: meeting the named provisions of {@code via} is treated as meeting
 * (parts of) the applicable document.
 *
 * @param kind DEEMED_COMPLIANCE (the rule's publisher names the provisions) or RECOGNITION (a
 *     scheme accepts compliance with another regime)
 * @param via the document whose provisions the route uses
 * @param effect what meeting them achieves, as the source states it
 * @param effectJa the same in Japanese
 * @param sourceUrl where the statement was read
 * @param provisions each provision of {@code via} the route names, with the device's fulfilment
 * @param fulfilment FULL when the device fulfils every named provision, PARTIAL when some, NONE
 */
public record ConformityRouteView(
    String kind,
    DocumentView via,
    String effect,
    String effectJa,
    String sourceUrl,
    List<RouteProvisionView> provisions,
    String fulfilment) {}
