import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminProduct, DetailWidgetProps } from "@medusajs/framework/types"
import { Heading } from "@medusajs/ui"
import { CertificatePanel } from "../components/product-aid/certificate-panel"
import { CooperativePicker } from "../components/product-aid/cooperative-picker"
import { useProductAid } from "../components/product-aid/use-product-aid"
import { ErrorState, LoadingRows } from "../components/query-state"
import { Section } from "../components/section"

/** Which cooperative sells this product and whether it is a certified aid product. */
const ProductAidAttributionWidget = ({ data }: DetailWidgetProps<AdminProduct>) => {
  const product = useProductAid(data.id)

  return (
    <Section title="帮扶归属 / Aid attribution">
      {product.isPending ? (
        <LoadingRows rows={3} />
      ) : product.isError ? (
        <ErrorState error={product.error} />
      ) : (
        <>
          {/* keyed so the select starts from the saved cooperative after each save */}
          <CooperativePicker key={product.data.cooperative?.id ?? "none"} product={product.data} />
          <div>
            <Heading level="h3" className="px-6 pt-4">
              产品认定 / Certificate
            </Heading>
            <CertificatePanel product={product.data} />
          </div>
        </>
      )}
    </Section>
  )
}

// "product.details.side" is the 2.21 name of the zone that "product.details.side.after" pointed at.
export const config = defineWidgetConfig({ zone: "product.details.side" })

export default ProductAidAttributionWidget
