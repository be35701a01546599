import type { UseFormRegisterReturn } from 'react-hook-form'

type CheckboxFieldsetProps = {
  id: string
  legend: string
  options: { value: string; label: React.ReactNode }[]
  /** react-hook-form's registration of the array field the boxes fill. */
  registration: UseFormRegisterReturn
  error?: string
  className?: string
}

/** A labelled group of checkboxes filling one array field, with its error read out. */
export function CheckboxFieldset(props: CheckboxFieldsetProps) {
  return (
    <fieldset className={props.className ?? 'grid gap-2'} aria-describedby={`${props.id}-error`}>
      <legend className="mb-1 text-sm font-medium">{props.legend}</legend>
      {props.options.map((option) => (
        <label key={option.value} className="flex items-center gap-2 text-sm">
          <input type="checkbox" value={option.value} className="size-4" {...props.registration} />
          <span>{option.label}</span>
        </label>
      ))}
      <p
        id={`${props.id}-error`}
        className="text-sm text-destructive empty:hidden"
        aria-live="polite"
      >
        {props.error}
      </p>
    </fieldset>
  )
}
