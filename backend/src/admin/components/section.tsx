import { Container, Heading, Text } from "@medusajs/ui"
import type { ReactNode } from "react"

type SectionProps = {
  title: string
  description?: string
  actions?: ReactNode
  children: ReactNode
}

/** A card with a heading row, in the layout the admin's own pages use. */
export function Section({ title, description, actions, children }: SectionProps) {
  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-center justify-between gap-4 px-6 py-4">
        <div>
          <Heading level="h2">{title}</Heading>
          {description ? (
            <Text size="small" className="text-ui-fg-subtle">
              {description}
            </Text>
          ) : null}
        </div>
        {actions ? <div className="flex items-center gap-2">{actions}</div> : null}
      </div>
      {children}
    </Container>
  )
}
