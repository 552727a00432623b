package dev.regintel.app.product;

import dev.regintel.app.internal.graphql.ApiException;
import dev.regintel.app.internal.graphql.Page;
import dev.regintel.app.jurisdiction.JurisdictionView;
import dev.regintel.app.requirement.RequirementView;
import java.util.List;
import java.util.Map;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * Queries for controls, devices and suppliers, their nested fields and {@code
 * Requirement.satisfiedBy}, every one batched. Controls claim to satisfy requirements, so this
 * package knows requirements and the requirement package knows no control.
 */
@Controller
class ProductController {

  private final ProductRepository products;
  private final DeviceCategories categories;

  ProductController(ProductRepository products, DeviceCategories categories) {
    this.products = products;
    this.categories = categories;
  }

  @QueryMapping
  ControlView control(@Argument String id) {
    return products
        .control(id)
        .orElseThrow(() -> ApiException.notFound("No control with id '" + id + "'"));
  }

  @QueryMapping
  Page.Connection<ControlView> controls(
      @Argument ControlFilter filter, @Argument Integer first, @Argument String after) {
    return products.controls(filter, Page.of(first, after, 50, 500));
  }

  @QueryMapping
  DeviceView device(@Argument String id) {
    return products
        .device(id)
        .orElseThrow(() -> ApiException.notFound("No device with id '" + id + "'"));
  }

  @QueryMapping
  Page.Connection<DeviceView> devices(@Argument Integer first, @Argument String after) {
    return products.devices(Page.of(first, after, 50, 500));
  }

  @QueryMapping
  List<DeviceCategoryView> deviceCategories() {
    return categories.all();
  }

  @QueryMapping
  List<DeviceUseView> deviceUses() {
    return categories.uses();
  }

  @QueryMapping
  SupplierView supplier(@Argument String id) {
    return products
        .supplier(id)
        .orElseThrow(() -> ApiException.notFound("No supplier with id '" + id + "'"));
  }

  @BatchMapping(typeName = "Requirement", field = "satisfiedBy")
  Map<RequirementView, List<ControlView>> satisfiedBy(List<RequirementView> requirements) {
    return products.satisfiedBy(requirements);
  }

  @BatchMapping(typeName = "Control")
  Map<ControlView, List<SatisfactionView>> satisfies(List<ControlView> controls) {
    return products.satisfies(controls);
  }

  @BatchMapping(typeName = "Control")
  Map<ControlView, List<DeviceView>> implementedBy(List<ControlView> controls) {
    return products.implementedBy(controls);
  }

  @BatchMapping(typeName = "Device")
  Map<DeviceView, SupplierView> supplier(List<DeviceView> devices) {
    return products.suppliers(devices);
  }

  @BatchMapping(typeName = "Device")
  Map<DeviceView, List<ControlView>> controls(List<DeviceView> devices) {
    return products.deviceControls(devices);
  }

  @BatchMapping(typeName = "Device")
  Map<DeviceView, List<JurisdictionView>> markets(List<DeviceView> devices) {
    return products.markets(devices);
  }

  @BatchMapping(typeName = "Supplier")
  Map<SupplierView, List<DeviceView>> devices(List<SupplierView> suppliers) {
    return products.supplierDevices(suppliers);
  }
}
