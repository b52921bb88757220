import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { AID_MODULE } from "../../../modules/aid"
import type AidModuleService from "../../../modules/aid/service"
import { aidRecordStore, type AidEntity } from "./aid-records"

export type CreateAidRecordsInput = { entity: AidEntity; data: object[] }

export const createAidRecordsStep = createStep(
  "create-aid-records",
  async ({ entity, data }: CreateAidRecordsInput, { container }) => {
    const store = aidRecordStore(container.resolve<AidModuleService>(AID_MODULE), entity)
    const created = await store.create(data)
    return new StepResponse(created, {
      entity,
      ids: created.map((record) => record.id),
    })
  },
  async (undo, { container }) => {
    if (!undo?.ids.length) {
      return
    }
    const store = aidRecordStore(container.resolve<AidModuleService>(AID_MODULE), undo.entity)
    await store.softDelete(undo.ids)
  }
)
