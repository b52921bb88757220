import type AidModuleService from "../../../modules/aid/service"

export type AidEntity =
  "AidRegion" | "DonorDistrict" | "Pairing" | "Cooperative" | "CooperativeMember" | "Certificate"

export type AidRecord = { id: string } & Record<string, unknown>

/** The CRUD methods every aid entity shares; method syntax keeps the per-entity DTOs assignable. */
export interface AidRecordStore {
  list(filters: { id: string[] }): Promise<AidRecord[]>
  create(data: object[]): Promise<AidRecord[]>
  update(data: object[]): Promise<AidRecord[]>
  softDelete(ids: string[]): Promise<unknown>
  restore(ids: string[]): Promise<unknown>
}

export function aidRecordStore(service: AidModuleService, entity: AidEntity): AidRecordStore {
  switch (entity) {
    case "AidRegion":
      return {
        list: (filters) => service.listAidRegions(filters),
        create: (data) => service.createAidRegions(data as never[]),
        update: (data) => service.updateAidRegions(data as never[]),
        softDelete: (ids) => service.softDeleteAidRegions(ids),
        restore: (ids) => service.restoreAidRegions(ids),
      }
    case "DonorDistrict":
      return {
        list: (filters) => service.listDonorDistricts(filters),
        create: (data) => service.createDonorDistricts(data as never[]),
        update: (data) => service.updateDonorDistricts(data as never[]),
        softDelete: (ids) => service.softDeleteDonorDistricts(ids),
        restore: (ids) => service.restoreDonorDistricts(ids),
      }
    case "Pairing":
      return {
        list: (filters) => service.listPairings(filters),
        create: (data) => service.createPairings(data as never[]),
        update: (data) => service.updatePairings(data as never[]),
        softDelete: (ids) => service.softDeletePairings(ids),
        restore: (ids) => service.restorePairings(ids),
      }
    case "Cooperative":
      return {
        list: (filters) => service.listCooperatives(filters),
        create: (data) => service.createCooperatives(data as never[]),
        update: (data) => service.updateCooperatives(data as never[]),
        softDelete: (ids) => service.softDeleteCooperatives(ids),
        restore: (ids) => service.restoreCooperatives(ids),
      }
    case "CooperativeMember":
      return {
        list: (filters) => service.listCooperativeMembers(filters),
        create: (data) => service.createCooperativeMembers(data as never[]),
        update: (data) => service.updateCooperativeMembers(data as never[]),
        softDelete: (ids) => service.softDeleteCooperativeMembers(ids),
        restore: (ids) => service.restoreCooperativeMembers(ids),
      }
    case "Certificate":
      return {
        list: (filters) => service.listCertificates(filters),
        create: (data) => service.createCertificates(data as never[]),
        update: (data) => service.updateCertificates(data as never[]),
        softDelete: (ids) => service.softDeleteCertificates(ids),
        restore: (ids) => service.restoreCertificates(ids),
      }
  }
}
