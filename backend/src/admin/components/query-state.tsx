import { ExclamationCircle } from "@medusajs/icons"
import { Skeleton, Text } from "@medusajs/ui"
import { errorMessage } from "../lib/errors"

/** Placeholder rows while a list loads. */
export function LoadingRows({ rows = 4 }: { rows?: number }) {
  return (
    <div className="flex flex-col gap-3 px-6 py-4" aria-busy="true" aria-label="加载中 / Loading">
      {Array.from({ length: rows }, (_, index) => (
        <Skeleton key={index} className="h-5 w-full" />
      ))}
    </div>
  )
}

export function EmptyState({ message }: { message: string }) {
  return (
    <div className="flex min-h-[120px] items-center justify-center px-6 py-8">
      <Text size="small" className="text-ui-fg-subtle">
        {message}
      </Text>
    </div>
  )
}

/** A failed request, with the message the API gave. */
export function ErrorState({
  error,
  title = "加载失败 / Could not load",
}: {
  error: unknown
  title?: string
}) {
  return (
    <div role="alert" className="flex items-start gap-2 px-6 py-4 text-ui-fg-error">
      <ExclamationCircle className="mt-0.5 shrink-0" />
      <div>
        <Text size="small" weight="plus">
          {title}
        </Text>
        <Text size="small">{errorMessage(error)}</Text>
      </div>
    </div>
  )
}
