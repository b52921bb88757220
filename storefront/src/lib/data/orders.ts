import "server-only"

import type { HttpTypes } from "@medusajs/types"

import type { MyImpact, OrderAid } from "./aid-types"
import { backendStatus } from "./backend-errors"
import { authHeaders } from "./cookies"
import { listLineProducts, type LineProduct } from "./line-products"
import { getSdk, personalRead } from "./sdk"

const ORDER_FIELDS =
  "id,display_id,email,currency_code,created_at,status,fulfillment_status,payment_status,total,item_subtotal,discount_total,shipping_total,customer_id,*items,*shipping_address"

const notFoundAsNull = (error: unknown) => {
  if (backendStatus(error) === 404 || backendStatus(error) === 401) return null
  throw error
}

/**
 * An order's aid lines. The backend answers only its customer, or the guest who holds the cart it came
 * from; anyone else gets null, as if the order did not exist.
 */
export async function retrieveOrderAid(orderId: string, cartId?: string): Promise<OrderAid | null> {
  return getSdk()
    .client.fetch<OrderAid>(`/store/aid/orders/${orderId}`, {
      query: cartId ? { cart_id: cartId } : {},
      headers: await authHeaders("customer"),
      ...personalRead(),
    })
    .catch(notFoundAsNull)
}

/** The order itself; call it only after retrieveOrderAid has shown the reader may see it. */
export async function retrieveOrder(orderId: string): Promise<HttpTypes.StoreOrder | null> {
  return getSdk()
    .client.fetch<HttpTypes.StoreOrderResponse>(`/store/orders/${orderId}`, {
      query: { fields: ORDER_FIELDS },
      headers: await authHeaders("customer"),
      ...personalRead(),
    })
    .then(({ order }) => order)
    .catch(notFoundAsNull)
}

/** The signed-in customer's orders, newest first. */
export async function listMyOrders(limit = 20, offset = 0) {
  return getSdk().client.fetch<HttpTypes.StoreOrderListResponse>("/store/orders", {
    query: { fields: ORDER_FIELDS, limit, offset, order: "-created_at" },
    headers: await authHeaders("customer"),
    ...personalRead(),
  })
}

/** "My impact": what the signed-in customer's purchases did for each county. */
export async function retrieveMyImpact(): Promise<MyImpact> {
  return getSdk().client.fetch<MyImpact>("/store/customers/me/aid", {
    headers: await authHeaders("customer"),
    ...personalRead(),
  })
}

export type OrderPageData = { order: HttpTypes.StoreOrder; aid: OrderAid; products: Map<string, LineProduct> }

/**
 * An order with its aid lines and the products behind them, or null when the reader may not see it: the
 * backend answers only the order's customer, or the guest holding the cart it came from.
 */
export async function getOrderPageData(orderId: string, cartId?: string): Promise<OrderPageData | null> {
  const aid = await retrieveOrderAid(orderId, cartId)
  const order = aid ? await retrieveOrder(orderId) : null
  if (!aid || !order) return null
  const items = order.items ?? []
  const products = await listLineProducts(items)
  return { order, aid, products }
}
