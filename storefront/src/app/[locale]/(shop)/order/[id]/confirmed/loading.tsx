import { getRequestLocale } from "@/i18n/request-locale"
import { getMessages } from "@/i18n/messages"
import { PageSkeleton } from "@/modules/common/components/page-skeleton"

export default async function Loading() {
  return <PageSkeleton label={getMessages(await getRequestLocale()).nav.loading} />
}
