import { defineRouteConfig } from "@medusajs/admin-sdk"
import { BuildingStorefront, Buildings, Map as MapIcon, ShieldCheck, Users } from "@medusajs/icons"
import { Container, Heading, Skeleton, Text } from "@medusajs/ui"
import type { ComponentType } from "react"
import { Link } from "react-router-dom"
import { useAidRecords } from "../../lib/aid-records"
import type { AidResource } from "../../lib/aid-types"

type Entry = { to: string; resource: AidResource; title: string; description: string; icon: ComponentType }

const entries: Entry[] = [
  {
    to: "regions",
    resource: "regions",
    title: "地区 / Regions",
    description: "省、州/市、县/区 / Provinces, prefectures, counties",
    icon: MapIcon,
  },
  {
    to: "pairings",
    resource: "pairings",
    title: "对口关系 / Pairings",
    description: "帮扶方与受援地 / Donor districts and the regions they help",
    icon: Users,
  },
  {
    to: "pairings",
    resource: "donors",
    title: "帮扶方 / Donor districts",
    description: "东部帮扶区 / The eastern districts that give help",
    icon: Buildings,
  },
  {
    to: "cooperatives",
    resource: "cooperatives",
    title: "合作社 / Cooperatives",
    description: "县里的生产者 / The producers in each county",
    icon: BuildingStorefront,
  },
  {
    to: "certificates",
    resource: "certificates",
    title: "产品认定 / Certificates",
    description: "消费帮扶产品认定 / Certified aid products",
    icon: ShieldCheck,
  },
]

function EntryCard({ entry }: { entry: Entry }) {
  const records = useAidRecords(entry.resource)
  const Icon = entry.icon
  return (
    <Link to={entry.to} className="block rounded-lg outline-none focus-visible:shadow-borders-focus">
      <Container className="flex h-full items-start gap-x-3 px-6 py-4 transition-colors hover:bg-ui-bg-base-hover">
        <span className="mt-0.5 text-ui-fg-subtle">
          <Icon />
        </span>
        <div className="flex flex-1 flex-col gap-y-1">
          <Text size="small" weight="plus">
            {entry.title}
          </Text>
          <Text size="small" className="text-ui-fg-subtle">
            {entry.description}
          </Text>
        </div>
        {records.isPending ? (
          <Skeleton className="h-6 w-8" />
        ) : (
          <Heading level="h2" className="tabular-nums">
            {records.data?.count ?? "—"}
          </Heading>
        )}
      </Container>
    </Link>
  )
}

/** The hub of the aid master data staff keep: regions, pairings, donors, cooperatives, certificates. */
const AidRecordsPage = () => (
  <div className="flex flex-col gap-y-3">
    <Container className="px-6 py-4">
      <Heading level="h1">帮扶资料 / Aid records</Heading>
      <Text size="small" className="text-ui-fg-subtle">
        维护受援地、对口关系、合作社和产品认定 / Keep regions, pairings, cooperatives and certificates
      </Text>
    </Container>
    <div className="grid grid-cols-1 gap-3 md:grid-cols-2">
      {entries.map((entry) => (
        <EntryCard key={entry.resource} entry={entry} />
      ))}
    </div>
  </div>
)

export const config = defineRouteConfig({ label: "帮扶资料 / Aid records", icon: Buildings, rank: 2 })

export default AidRecordsPage
