import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { AID_MODULE } from "../../../modules/aid"
import type AidModuleService from "../../../modules/aid/service"
import { aidRecordStore, type AidEntity } from "./aid-records"

export type UpdateAidRecordsInput = {
  entity: AidEntity
  data: ({ id: string } & object)[]
}

export const updateAidRecordsStep = createStep(
  "update-aid-records",
  async ({ entity, data }: UpdateAidRecordsInput, { container }) => {
    const store = aidRecordStore(container.resolve<AidModuleService>(AID_MODULE), entity)
    const previous = await store.list({ id: data.map((record) => record.id) })
    const updated = await store.update(data)
    return new StepResponse(updated, { entity, previous })
  },
  async (undo, { container }) => {
    if (!undo?.previous.length) {
      return
    }
    const store = aidRecordStore(container.resolve<AidModuleService>(AID_MODULE), undo.entity)
    // Put back only the columns the update could have touched (relations are ids here).
    await store.update(undo.previous.map(restorableFields))
  }
)

function restorableFields(record: Record<string, unknown>): { id: string } & object {
  const { created_at: _c, updated_at: _u, deleted_at: _d, ...rest } = record
  return rest as { id: string } & object
}
