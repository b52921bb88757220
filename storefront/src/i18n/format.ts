/** Fills `{name}` placeholders in a catalogue string: format("共 {count} 件", { count: 3 }) → "共 3 件". */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    name in values ? String(values[name]) : match
  )
}
