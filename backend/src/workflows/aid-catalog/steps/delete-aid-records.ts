import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { AID_MODULE } from "../../../modules/aid"
import type AidModuleService from "../../../modules/aid/service"
import { aidRecordStore, type AidEntity } from "./aid-records"

export type DeleteAidRecordsInput = { entity: AidEntity; ids: string[] }

export const deleteAidRecordsStep = createStep(
  "delete-aid-records",
  async ({ entity, ids }: DeleteAidRecordsInput, { container }) => {
    const store = aidRecordStore(container.resolve<AidModuleService>(AID_MODULE), entity)
    await store.softDelete(ids)
    return new StepResponse(ids, { entity, ids })
  },
  async (undo, { container }) => {
    if (!undo?.ids.length) {
      return
    }
    const store = aidRecordStore(container.resolve<AidModuleService>(AID_MODULE), undo.entity)
    await store.restore(undo.ids)
  }
)
