package dev.regintel.app.vendor;

import dev.regintel.app.internal.graphql.ApiException;
import dev.regintel.app.product.ControlView;
import dev.regintel.app.product.DeviceView;
import dev.regintel.app.product.ProductRepository;
import dev.regintel.app.product.SatisfactionView;
import dev.regintel.app.product.SupplierView;
import dev.regintel.app.security.ApiKey;
import dev.regintel.app.write.ProductDeletion;
import graphql.GraphQLContext;
import java.util.List;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/**
 * The product mutations. The guard has checked the key's role before these run ({@code
 * @requiresRole(role: VENDOR)}); ownership is the writer's to enforce.
 */
@Controller
class VendorController {

  private final ProductEditor editor;
  private final ProductRepository products;

  VendorController(ProductEditor editor, ProductRepository products) {
    this.editor = editor;
    this.products = products;
  }

  @MutationMapping
  SupplierView createSupplier(@Argument SupplierInput input, GraphQLContext context) {
    return supplier(editor.supplier(input, true, key(context)));
  }

  @MutationMapping
  SupplierView updateSupplier(@Argument SupplierInput input, GraphQLContext context) {
    return supplier(editor.supplier(input, false, key(context)));
  }

  @MutationMapping
  String deleteSupplier(@Argument String id, GraphQLContext context) {
    editor.delete(ProductDeletion.of(ProductDeletion.Kind.SUPPLIER, id), key(context));
    return id;
  }

  @MutationMapping
  DeviceView createDevice(@Argument DeviceInput input, GraphQLContext context) {
    return device(editor.device(input, true, key(context)));
  }

  @MutationMapping
  DeviceView updateDevice(@Argument DeviceInput input, GraphQLContext context) {
    return device(editor.device(input, false, key(context)));
  }

  @MutationMapping
  String deleteDevice(@Argument String id, GraphQLContext context) {
    editor.delete(ProductDeletion.of(ProductDeletion.Kind.DEVICE, id), key(context));
    return id;
  }

  @MutationMapping
  ControlView createControl(@Argument ControlInput input, GraphQLContext context) {
    return control(editor.control(input, true, key(context)));
  }

  @MutationMapping
  ControlView updateControl(@Argument ControlInput input, GraphQLContext context) {
    return control(editor.control(input, false, key(context)));
  }

  @MutationMapping
  String deleteControl(@Argument String id, GraphQLContext context) {
    editor.delete(ProductDeletion.of(ProductDeletion.Kind.CONTROL, id), key(context));
    return id;
  }

  @MutationMapping
  SatisfactionView claimSatisfies(@Argument ClaimInput input, GraphQLContext context) {
    editor.claim(input, key(context));
    ControlView control = control(input.controlId().strip());
    List<SatisfactionView> claims = products.satisfies(List.of(control)).get(control);
    return claims.stream()
        .filter(s -> s.requirement().id().equals(input.requirementId().strip()))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("the claim just written is not there"));
  }

  @MutationMapping
  boolean withdrawSatisfies(
      @Argument String controlId, @Argument String requirementId, GraphQLContext context) {
    editor.delete(ProductDeletion.claim(controlId, requirementId), key(context));
    return true;
  }

  private SupplierView supplier(String id) {
    return products.supplier(id).orElseThrow(() -> written(id));
  }

  private DeviceView device(String id) {
    return products.device(id).orElseThrow(() -> written(id));
  }

  private ControlView control(String id) {
    return products.control(id).orElseThrow(() -> written(id));
  }

  private static IllegalStateException written(String id) {
    return new IllegalStateException(id + " was written but cannot be read back");
  }

  private static ApiKey key(GraphQLContext context) {
    ApiKey key = context.get(ApiKey.class);
    if (key == null) {
      // The guard refuses keyless mutations before they get here; this is the belt to its braces.
      throw new ApiException(ApiException.Code.UNAUTHENTICATED, "a product write needs an API key");
    }
    return key;
  }
}
