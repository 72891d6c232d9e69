"""What a studio sells: products, tax rates and discounts."""
