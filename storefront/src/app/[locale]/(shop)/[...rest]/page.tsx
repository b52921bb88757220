import { notFound } from "next/navigation"

// Unknown shop paths render (shop)/not-found.tsx inside the shop layout.
export default function UnknownPage() {
  notFound()
}
