'use client'

import { NativeSelect } from '@/components/ui/native-select'
import { ROLE_LABELS, ROLES, type Role } from '@/lib/auth/role-labels'

type RoleSelectProps = {
  id?: string
  label?: string
  value: Role
  onChange: (role: Role) => void
  disabled?: boolean
  invalid?: boolean
}

// A native <select>: the phone's own picker, and no popup code on the Team page's first load.
export function RoleSelect({ id, label, value, onChange, disabled, invalid }: RoleSelectProps) {
  return (
    <NativeSelect
      id={id}
      aria-label={label}
      aria-invalid={invalid || undefined}
      className="w-36"
      value={value}
      onChange={(event) => onChange(event.target.value as Role)}
      disabled={disabled}
    >
      {ROLES.map((role) => (
        <option key={role} value={role}>
          {ROLE_LABELS[role]}
        </option>
      ))}
    </NativeSelect>
  )
}
