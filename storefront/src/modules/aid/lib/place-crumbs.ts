import type { Locale } from "@/i18n/config"
import type { AidPlace } from "@/lib/data/types"
import { localized } from "@/lib/util/localized"
import type { Crumb } from "@/modules/common/components/breadcrumb"

/** 受援地区 / province / prefecture / county, each linking to its page. */
export function placeCrumbs(locale: Locale, treeTitle: string, path: AidPlace[]): Crumb[] {
  return [
    { label: treeTitle, href: `/${locale}/regions` },
    ...path.map((place) => ({
      label: localized(locale, place.name, place.name_en),
      href: `/${locale}/regions/${place.code}`,
    })),
  ]
}
