import { removeRemoteLinkStep } from "@medusajs/medusa/core-flows"
import type { DeleteEntityInput } from "@medusajs/framework/modules-sdk"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { AID_MODULE } from "../../modules/aid"
import type { AidEntity } from "./steps/aid-records"
import {
  assertAidRecordsExistStep,
  assertAidReferencesExistStep,
  type AidReference,
} from "./steps/validate-aid-records"
import { assertAidRecordsUnusedStep } from "./steps/assert-aid-records-unused"
import { createAidRecordsStep } from "./steps/create-aid-records"
import { deleteAidRecordsStep } from "./steps/delete-aid-records"
import { updateAidRecordsStep } from "./steps/update-aid-records"
import { validateRegionTreeStep, type RegionPlacement } from "./steps/validate-region-tree"

// Only these entities take part in module links; their links go when they go.
const linkKey: Partial<Record<AidEntity, string>> = {
  Cooperative: "cooperative_id",
  Certificate: "certificate_id",
}

type CrudOptions = {
  references?: AidReference[]
  /** Extra checks on the create body, run before anything is written. */
  beforeCreate?: (input: { data: object[] }) => void
}

/** Create workflow for an aid entity: check what the body points at, then write. */
export function aidCreateWorkflow(
  entity: AidEntity,
  name: string,
  { references = [], beforeCreate }: CrudOptions = {}
) {
  return createWorkflow(`create-${name}`, (input: { data: object[] }) => {
    assertAidReferencesExistStep(
      transform({ input }, ({ input }) => ({
        records: input.data,
        references,
      }))
    )
    beforeCreate?.(input)
    const created = createAidRecordsStep(transform({ input }, ({ input }) => ({ entity, data: input.data })))
    return new WorkflowResponse(created)
  })
}

/** Update workflow for an aid entity: 404 for unknown ids, including the ids the body points at. */
export function aidUpdateWorkflow(
  entity: AidEntity,
  name: string,
  references: AidReference[] = [],
  /** Extra checks on the update body, run before anything is written. */
  beforeUpdate?: (input: { data: ({ id: string } & object)[] }) => void
) {
  return createWorkflow(`update-${name}`, (input: { data: ({ id: string } & object)[] }) => {
    beforeUpdate?.(input)
    assertAidRecordsExistStep(
      transform({ input }, ({ input }) => ({
        entity,
        ids: input.data.map((record) => record.id),
      }))
    )
    assertAidReferencesExistStep(
      transform({ input }, ({ input }) => ({
        records: input.data,
        references,
      }))
    )
    const updated = updateAidRecordsStep(transform({ input }, ({ input }) => ({ entity, data: input.data })))
    return new WorkflowResponse(updated)
  })
}

/** Delete workflow for an aid entity: 404 for unknown ids, 409 while others still use it. */
export function aidDeleteWorkflow(entity: AidEntity, name: string) {
  return createWorkflow(`delete-${name}`, (input: { ids: string[] }) => {
    const target = transform({ input }, ({ input }) => ({
      entity,
      ids: input.ids,
    }))
    assertAidRecordsExistStep(target)
    assertAidRecordsUnusedStep(target)
    const key = linkKey[entity]
    if (key) {
      removeRemoteLinkStep(
        transform({ input }, ({ input }): DeleteEntityInput => ({
          [AID_MODULE]: { [key]: input.ids },
        }))
      )
    }
    return new WorkflowResponse(deleteAidRecordsStep(target))
  })
}

/** Both, for entities whose updates have no extra rules. */
export const aidUpdateDeleteWorkflows = (
  entity: AidEntity,
  name: string,
  references: AidReference[] = []
) => ({
  update: aidUpdateWorkflow(entity, name, references),
  remove: aidDeleteWorkflow(entity, name),
})

const pairingReferences: AidReference[] = [
  { field: "donor_id", entity: "DonorDistrict" },
  { field: "region_id", entity: "AidRegion" },
]

export const donorDistrictWorkflows = {
  create: aidCreateWorkflow("DonorDistrict", "donor-districts"),
  ...aidUpdateDeleteWorkflows("DonorDistrict", "donor-districts"),
}
export const pairingWorkflows = {
  create: aidCreateWorkflow("Pairing", "pairings", {
    references: pairingReferences,
  }),
  ...aidUpdateDeleteWorkflows("Pairing", "pairings", pairingReferences),
}
export const aidRegionWorkflows = {
  create: aidCreateWorkflow("AidRegion", "aid-regions", {
    beforeCreate: (input) => {
      validateRegionTreeStep(transform({ input }, ({ input }) => input.data as RegionPlacement[]))
    },
  }),
  ...aidUpdateDeleteWorkflows("AidRegion", "aid-regions"),
}
