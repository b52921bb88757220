export * from "./create-cooperative-product"
