import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { AID_MODULE } from "../../../modules/aid"
import type AidModuleService from "../../../modules/aid/service"
import { aidRecordStore, type AidEntity } from "./aid-records"

const labels: Record<AidEntity, string> = {
  AidRegion: "Aid region",
  DonorDistrict: "Donor district",
  Pairing: "Pairing",
  Cooperative: "Cooperative",
  CooperativeMember: "Cooperative member",
  Certificate: "Certificate",
}

export type AidReference = { field: string; entity: AidEntity }

async function throwIfMissing(service: AidModuleService, entity: AidEntity, ids: string[], field?: string) {
  const unique = [...new Set(ids)]
  if (!unique.length) {
    return
  }
  const found = new Set(
    (await aidRecordStore(service, entity).list({ id: unique })).map((record) => record.id)
  )
  const missing = unique.filter((id) => !found.has(id))
  if (missing.length) {
    const prefix = field ? `${field}: ` : ""
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `${prefix}${labels[entity]} with id ${missing.join(", ")} was not found`
    )
  }
}

/** Unknown ids are a 404 before anything is written. */
export const assertAidRecordsExistStep = createStep(
  "assert-aid-records-exist",
  async ({ entity, ids }: { entity: AidEntity; ids: string[] }, { container }) => {
    await throwIfMissing(container.resolve<AidModuleService>(AID_MODULE), entity, ids)
    return new StepResponse(ids)
  }
)

/** A body that points at a record that does not exist names the field in its 404. */
export const assertAidReferencesExistStep = createStep(
  "assert-aid-references-exist",
  async ({ records, references }: { records: object[]; references: AidReference[] }, { container }) => {
    const service = container.resolve<AidModuleService>(AID_MODULE)
    for (const { field, entity } of references) {
      const ids = records.flatMap((record) => {
        const value = (record as Record<string, unknown>)[field]
        return typeof value === "string" ? [value] : []
      })
      await throwIfMissing(service, entity, ids, field)
    }
    return new StepResponse(records)
  }
)
