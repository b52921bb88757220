import { backendCall } from "./market"

type Cart = { id: string }
type Order = { id: string; display_id: number }

const shanghaiAddress = {
  first_name: "小红",
  last_name: "李",
  address_1: "长宁路 1018 号",
  city: "上海市",
  province: "上海市",
  postal_code: "200050",
  country_code: "cn",
  phone: "13800138000",
}

/** A guest buys through the store API as the storefront does: cart → address → shipping → system payment → order. */
export async function placeStoreOrder(items: { variant_id: string; quantity: number }[]): Promise<Order> {
  const { regions } = await backendCall<{ regions: { id: string; currency_code: string }[] }>(
    "/store/regions"
  )
  const region = regions.find((each) => each.currency_code === "cny")
  if (!region) throw new Error("The e2e market has no yuan region")
  const { cart } = await backendCall<{ cart: Cart }>("/store/carts", {
    body: { region_id: region.id, email: "buyer@heartlink.test", items, shipping_address: shanghaiAddress },
  })
  const { shipping_options } = await backendCall<{ shipping_options: { id: string }[] }>(
    `/store/shipping-options?cart_id=${cart.id}`
  )
  await backendCall(`/store/carts/${cart.id}/shipping-methods`, {
    body: { option_id: shipping_options[0]?.id },
  })
  const { payment_collection } = await backendCall<{ payment_collection: { id: string } }>(
    "/store/payment-collections",
    { body: { cart_id: cart.id } }
  )
  await backendCall(`/store/payment-collections/${payment_collection.id}/payment-sessions`, {
    body: { provider_id: "pp_system_default" },
  })
  const completed = await backendCall<{ type: string; order?: Order }>(`/store/carts/${cart.id}/complete`, {
    body: {},
  })
  if (completed.type !== "order" || !completed.order) throw new Error("The cart did not become an order")
  return completed.order
}
