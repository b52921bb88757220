import { Button, Text } from "@medusajs/ui"
import { useState } from "react"
import { useAidRecords } from "../../lib/aid-records"
import { Field, SelectField } from "../field"
import { useSetProductCooperative, type ProductAid } from "./use-product-aid"

const NONE = "none"

/** The product's selling cooperative, and a select to change it; without one its sales are not aid. */
export function CooperativePicker({ product }: { product: ProductAid }) {
  const current = product.cooperative?.id ?? NONE
  const [choice, setChoice] = useState(current)
  const cooperatives = useAidRecords("cooperatives")
  const setCooperative = useSetProductCooperative(product.id)
  const options = [
    { value: NONE, label: "无（非帮扶产品）/ None (not aid)" },
    ...(cooperatives.data?.records ?? []).map((cooperative) => ({
      value: cooperative.id,
      label: cooperative.county ? `${cooperative.name}（${cooperative.county.name}）` : cooperative.name,
    })),
  ]

  return (
    <div className="flex flex-col gap-y-3 px-6 py-4">
      <Text size="small" className="text-ui-fg-subtle">
        当前 / Current:{" "}
        {product.cooperative
          ? `${product.cooperative.name}${product.cooperative.county ? ` · ${product.cooperative.county.name}` : ""}`
          : "未关联合作社，销售不计入帮扶 / none, its sales are not aid"}
      </Text>
      <Field id="product-cooperative" label="合作社 / Cooperative">
        <SelectField
          id="product-cooperative"
          value={choice}
          options={options}
          disabled={cooperatives.isPending}
          onChange={setChoice}
        />
      </Field>
      <div className="flex justify-end">
        <Button
          size="small"
          variant="secondary"
          disabled={choice === current}
          isLoading={setCooperative.isPending}
          onClick={() => setCooperative.mutate(choice === NONE ? null : choice)}
        >
          保存 / Save
        </Button>
      </div>
    </div>
  )
}
