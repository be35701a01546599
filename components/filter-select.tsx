import type { ChangeEvent } from 'react'
import { Label } from '@/components/ui/label'
import { NativeSelect } from '@/components/ui/native-select'

type FilterSelectProps = {
  id: string
  name: string
  label: string
  /** The option that filters nothing ("Anyone", "Any status"). */
  anyLabel?: string
  value: string | undefined
  options: readonly { value: string; label: string }[]
  /** Given, the select is controlled: it shows `value` and reports changes (the address decides). */
  onChange?: (value: string) => void
}

/** One labelled filter of a list view, as a native select (typeahead on long lists, no JS needed). */
export function FilterSelect(props: FilterSelectProps) {
  const { id, name, label, anyLabel, value, options, onChange } = props
  const control = onChange
    ? {
        value: value ?? '',
        onChange: (event: ChangeEvent<HTMLSelectElement>) => onChange(event.target.value),
      }
    : { defaultValue: value ?? '' }
  return (
    <div className="grid gap-1.5">
      <Label htmlFor={id}>{label}</Label>
      <NativeSelect id={id} name={name} {...control}>
        {anyLabel !== undefined && <option value="">{anyLabel}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </NativeSelect>
    </div>
  )
}

/** `{ key: label }` as options. */
export const optionsOf = (labels: Record<string, string>) =>
  Object.entries(labels).map(([value, label]) => ({ value, label }))

/** Members, templates…: named things as options, by id. */
export const namedOptions = (items: { id: string; name: string }[]) =>
  items.map((item) => ({ value: item.id, label: item.name }))
