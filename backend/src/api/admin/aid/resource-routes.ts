import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { listAidRecords, retrieveAidRecord, type AidGraphEntity } from "../../utils/aid-query"

type Resource = {
  entity: AidGraphEntity
  /** JSON key of one record, e.g. "cooperative"; the list key adds an "s". */
  key: string
}

type CreateRun<Body> = (container: MedusaContainer, body: Body) => Promise<{ id: string } | undefined>
type UpdateRun<Body> = (container: MedusaContainer, id: string, body: Body) => Promise<unknown>
type DeleteRun = (container: MedusaContainer, id: string) => Promise<unknown>

/** GET (list) and POST (create) for an aid collection; the write runs a workflow, the answer re-reads. */
export function aidCollectionRoutes<Body>({ entity, key }: Resource, create: CreateRun<Body>) {
  const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
    const { data, count, offset, limit } = await listAidRecords(req, entity)
    res.json({ [`${key}s`]: data, count, offset, limit })
  }
  const POST = async (req: AuthenticatedMedusaRequest<Body>, res: MedusaResponse) => {
    const created = await create(req.scope, req.validatedBody)
    const record = await retrieveAidRecord(req, entity, {
      id: created?.id ?? "",
    })
    res.status(201).json({ [key]: record })
  }
  return { GET, POST }
}

/** GET, POST (update) and DELETE for one aid record. */
export function aidItemRoutes<Body>({ entity, key }: Resource, update: UpdateRun<Body>, remove: DeleteRun) {
  const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
    res.json({
      [key]: await retrieveAidRecord(req, entity, { id: req.params.id ?? "" }),
    })
  }
  const POST = async (req: AuthenticatedMedusaRequest<Body>, res: MedusaResponse) => {
    const id = req.params.id ?? ""
    await update(req.scope, id, req.validatedBody)
    res.json({ [key]: await retrieveAidRecord(req, entity, { id }) })
  }
  const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
    const id = req.params.id ?? ""
    await remove(req.scope, id)
    res.json({ id, object: key, deleted: true })
  }
  return { GET, POST, DELETE }
}
