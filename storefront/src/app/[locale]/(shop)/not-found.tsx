// The same page, rendered inside the shop's header and footer.
export { default } from "../not-found"
