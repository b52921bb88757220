import { Button, Drawer } from "@medusajs/ui"
import type { FormEvent, ReactNode } from "react"

type FormDrawerProps = {
  open: boolean
  onOpenChange: (open: boolean) => void
  title: string
  pending: boolean
  onSubmit: () => void
  children: ReactNode
}

/** A side drawer holding a create or edit form, with cancel and save in its footer. */
export function FormDrawer({ open, onOpenChange, title, pending, onSubmit, children }: FormDrawerProps) {
  const submit = (event: FormEvent) => {
    event.preventDefault()
    onSubmit()
  }
  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Content>
        <form onSubmit={submit} className="flex flex-1 flex-col overflow-hidden">
          <Drawer.Header>
            <Drawer.Title>{title}</Drawer.Title>
            <Drawer.Description className="sr-only">{title}</Drawer.Description>
          </Drawer.Header>
          <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">{children}</Drawer.Body>
          <Drawer.Footer>
            <Drawer.Close asChild>
              <Button size="small" variant="secondary" type="button">
                取消 / Cancel
              </Button>
            </Drawer.Close>
            <Button size="small" type="submit" isLoading={pending}>
              保存 / Save
            </Button>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}
