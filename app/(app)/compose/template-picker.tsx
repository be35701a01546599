'use client'

import { SearchCombobox } from '@/components/search-combobox'
import { formatMoney } from '@/lib/salesnip/money'
import { searchComposeTemplatesAction } from '@/lib/compose/actions/compose-templates'
import { priceIn, type ComposeTemplate } from '@/lib/compose/template-lookup'

type TemplatePickerProps = {
  id: string
  label: string
  currency: string
  onPick: (template: ComposeTemplate) => void
  /** Why nothing more can be added (a limit reached), or null. */
  full: string | null
}

const searchTemplates = async (query: string) =>
  (await searchComposeTemplatesAction({ query }))?.data ?? []

/** The active catalogue, searched on the server (it may hold thousands); Enter adds the template. */
export function TemplatePicker({ id, label, currency, onPick, full }: TemplatePickerProps) {
  return (
    <SearchCombobox
      id={id}
      label={label}
      placeholder="Search by name, product id or tag"
      hint={full ?? 'Only active templates are listed. Arrow keys move, Enter adds.'}
      disabled={full !== null}
      search={searchTemplates}
      itemKey={(template) => template.id}
      noMatch="No active template matches."
      onPick={onPick}
      renderItem={(template) => {
        const price = priceIn(template.values, currency)
        return (
          <>
            <span>
              {template.values.name}{' '}
              <span className="text-muted-foreground">{template.values.productId}</span>
            </span>
            <span className="text-muted-foreground">
              {price ? formatMoney(price.openingMinor, currency) : `no ${currency} price`}
            </span>
          </>
        )
      }}
    />
  )
}
