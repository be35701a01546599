'use client'

import {
  Select,
  SelectContent,
  SelectItem,
  SelectTrigger,
  SelectValue,
} from '@/components/ui/select'
import { ROLE_LABELS, ROLES, type Role } from '@/lib/auth/role-labels'

type RoleSelectProps = {
  id?: string
  label?: string
  value: Role
  onChange: (role: Role) => void
  disabled?: boolean
  invalid?: boolean
}

export function RoleSelect({ id, label, value, onChange, disabled, invalid }: RoleSelectProps) {
  return (
    <Select value={value} onValueChange={(role) => onChange(role as Role)} disabled={disabled}>
      <SelectTrigger
        id={id}
        aria-label={label}
        aria-invalid={invalid || undefined}
        className="w-36"
      >
        <SelectValue />
      </SelectTrigger>
      <SelectContent>
        {ROLES.map((role) => (
          <SelectItem key={role} value={role}>
            {ROLE_LABELS[role]}
          </SelectItem>
        ))}
      </SelectContent>
    </Select>
  )
}
