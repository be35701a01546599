import {
  CheckCircle2Icon,
  CircleSlashIcon,
  EyeIcon,
  HourglassIcon,
  XCircleIcon,
} from 'lucide-react'

const ICONS = {
  opened: { Icon: EyeIcon, className: 'text-muted-foreground' },
  accepted: { Icon: CheckCircle2Icon, className: 'text-emerald-600 dark:text-emerald-400' },
  cancelled: { Icon: CircleSlashIcon, className: 'text-red-600 dark:text-red-400' },
  expired: { Icon: HourglassIcon, className: 'text-muted-foreground' },
  failed: { Icon: XCircleIcon, className: 'text-red-600 dark:text-red-400' },
} as const

export function EventIcon({ kind }: { kind: string }) {
  const { Icon, className } = ICONS[kind as keyof typeof ICONS] ?? ICONS.opened
  return <Icon aria-hidden className={`mt-0.5 size-4 shrink-0 ${className}`} />
}
