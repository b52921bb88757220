import { Trash } from "@medusajs/icons"
import { IconButton, usePrompt } from "@medusajs/ui"

type DeleteButtonProps = {
  /** What is deleted, shown in the confirmation, e.g. "红河县". */
  name: string
  onDelete: () => void
  disabled?: boolean
}

/** A trash button that asks before it deletes. */
export function DeleteButton({ name, onDelete, disabled }: DeleteButtonProps) {
  const prompt = usePrompt()
  const confirmAndDelete = async () => {
    const confirmed = await prompt({
      title: "确认删除 / Delete?",
      description: `删除「${name}」？此操作不能撤销。 / Delete "${name}"? This cannot be undone.`,
      confirmText: "删除 / Delete",
      cancelText: "取消 / Cancel",
    })
    if (confirmed) onDelete()
  }
  return (
    <IconButton
      size="small"
      variant="transparent"
      aria-label={`删除 / Delete ${name}`}
      disabled={disabled}
      onClick={confirmAndDelete}
    >
      <Trash />
    </IconButton>
  )
}
