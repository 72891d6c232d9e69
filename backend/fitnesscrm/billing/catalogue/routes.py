"""The catalogue: products (clients see active ones), tax rates and discounts (staff read, owner/admin write)."""

from __future__ import annotations

from flask.views import MethodView
from flask_smorest import Blueprint

from fitnesscrm.billing.catalogue import schemas, service
from fitnesscrm.core.auth import current_principal, requires
from fitnesscrm.core.pagination import page_schema
from fitnesscrm.core.tenancy import Role

blp = Blueprint("billing_catalogue", __name__, url_prefix="/api/billing", description="Billing: the catalogue")

STAFF = (Role.OWNER, Role.ADMIN, Role.TRAINER)
MANAGERS = (Role.OWNER, Role.ADMIN)


@blp.route("/products")
class Products(MethodView):
    @requires()
    @blp.arguments(schemas.ProductQuerySchema, location="query")
    @blp.response(200, page_schema(schemas.ProductSchema))
    def get(self, args):
        """List products by name, filtered by kind, status and name (clients: active ones, to buy)."""
        return service.get_all_products(actor=current_principal(), **args)

    @requires(*MANAGERS)
    @blp.arguments(schemas.ProductCreateSchema)
    @blp.response(201, schemas.ProductSchema)
    def post(self, args):
        """Add a pack, membership, drop-in price or item (owner, admin)."""
        return service.create_product(actor=current_principal(), **args)


@blp.route("/products/<int:product_id>")
class ProductById(MethodView):
    @requires()
    @blp.response(200, schemas.ProductSchema)
    def get(self, product_id):
        """One product (clients: an active one)."""
        return service.get_product(actor=current_principal(), product_id=product_id)

    @requires(*MANAGERS)
    @blp.arguments(schemas.ProductUpdateSchema(partial=True))
    @blp.response(200, schemas.ProductSchema)
    def patch(self, args, product_id):
        """Change, archive or restore a product (owner, admin); invoices already written keep their prices."""
        return service.update_product(actor=current_principal(), product_id=product_id, **args)

    @requires(*MANAGERS)
    @blp.response(204)
    def delete(self, product_id):
        """Delete a product never sold, or archive one that was (owner, admin)."""
        service.delete_product(actor=current_principal(), product_id=product_id)


@blp.route("/tax-rates")
class TaxRates(MethodView):
    @requires(*STAFF)
    @blp.arguments(schemas.TaxRateQuerySchema, location="query")
    @blp.response(200, page_schema(schemas.TaxRateSchema))
    def get(self, args):
        """List tax rates by name (staff)."""
        return service.get_all_tax_rates(actor=current_principal(), **args)

    @requires(*MANAGERS)
    @blp.arguments(schemas.TaxRateCreateSchema)
    @blp.response(201, schemas.TaxRateSchema)
    def post(self, args):
        """Add a tax rate, inclusive or exclusive (owner, admin)."""
        return service.create_tax_rate(actor=current_principal(), **args)


@blp.route("/tax-rates/<int:tax_rate_id>")
class TaxRateById(MethodView):
    @requires(*STAFF)
    @blp.response(200, schemas.TaxRateSchema)
    def get(self, tax_rate_id):
        """One tax rate (staff)."""
        return service.get_tax_rate(actor=current_principal(), tax_rate_id=tax_rate_id)

    @requires(*MANAGERS)
    @blp.arguments(schemas.TaxRateUpdateSchema(partial=True))
    @blp.response(200, schemas.TaxRateSchema)
    def patch(self, args, tax_rate_id):
        """Change, archive or restore a tax rate (owner, admin); invoices already written keep the old rate."""
        return service.update_tax_rate(actor=current_principal(), tax_rate_id=tax_rate_id, **args)

    @requires(*MANAGERS)
    @blp.response(204)
    def delete(self, tax_rate_id):
        """Delete a tax rate no product uses, or archive one in use (owner, admin)."""
        service.delete_tax_rate(actor=current_principal(), tax_rate_id=tax_rate_id)


@blp.route("/discounts")
class Discounts(MethodView):
    @requires(*STAFF)
    @blp.arguments(schemas.DiscountQuerySchema, location="query")
    @blp.response(200, page_schema(schemas.DiscountSchema))
    def get(self, args):
        """List discounts by name (staff)."""
        return service.get_all_discounts(actor=current_principal(), **args)

    @requires(*MANAGERS)
    @blp.arguments(schemas.DiscountCreateSchema)
    @blp.response(201, schemas.DiscountSchema)
    def post(self, args):
        """Add a percent or amount discount, once, for N periods or forever (owner, admin)."""
        return service.create_discount(actor=current_principal(), **args)


@blp.route("/discounts/<int:discount_id>")
class DiscountById(MethodView):
    @requires(*STAFF)
    @blp.response(200, schemas.DiscountSchema)
    def get(self, discount_id):
        """One discount (staff)."""
        return service.get_discount(actor=current_principal(), discount_id=discount_id)

    @requires(*MANAGERS)
    @blp.arguments(schemas.DiscountUpdateSchema(partial=True))
    @blp.response(200, schemas.DiscountSchema)
    def patch(self, args, discount_id):
        """Change, archive or restore a discount (owner, admin)."""
        return service.update_discount(actor=current_principal(), discount_id=discount_id, **args)

    @requires(*MANAGERS)
    @blp.response(204)
    def delete(self, discount_id):
        """Delete a discount never used, or archive one that was (owner, admin)."""
        service.delete_discount(actor=current_principal(), discount_id=discount_id)
