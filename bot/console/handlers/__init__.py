"""Console request handlers, one module per page or API group."""
