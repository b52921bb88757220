import { StatusBadge } from "@medusajs/ui"
import type { Certificate } from "../../lib/aid-types"

/** Whether a certificate counts today: valid, not yet valid, or expired. */
export function CertificateStatus({
  certificate,
  now = new Date(),
}: {
  certificate: Certificate
  now?: Date
}) {
  if (new Date(certificate.valid_to) < now) {
    return <StatusBadge color="red">已过期 / Expired</StatusBadge>
  }
  if (new Date(certificate.valid_from) > now) {
    return <StatusBadge color="orange">未生效 / Not yet valid</StatusBadge>
  }
  return <StatusBadge color="green">有效 / Valid</StatusBadge>
}
