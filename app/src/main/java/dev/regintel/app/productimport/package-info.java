/**
 * Products in, from files: an OSCAL component definition (JSON or XML) or a product sheet (CSV or
 * YAML) becomes suppliers, devices, controls and their {@code SATISFIES} claims. Reading is pure
 * (bytes in, {@link dev.regintel.app.productimport.ProductEntries} out, {@link
 * dev.regintel.app.productimport.ProductFiles}); {@link
 * dev.regintel.app.productimport.ProductImports} then resolves every reference in one read of the
 * graph and writes the whole file in one transaction through the {@link
 * dev.regintel.app.write.GraphWriter}, or nothing, listing every problem. The formats and the
 * mapping are described in {@code docs/vendors.md}.
 */
package dev.regintel.app.productimport;
