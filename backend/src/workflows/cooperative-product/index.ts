export * from "./create-cooperative-product"
export * from "./ship-cooperative-lines"
export * from "./update-cooperative-variants"
