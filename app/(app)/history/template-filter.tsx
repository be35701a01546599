'use client'

import { XIcon } from 'lucide-react'
import { useState } from 'react'
import { SearchCombobox } from '@/components/search-combobox'
import { Button } from '@/components/ui/button'
import { findTemplatesAction } from '@/lib/templates/actions/find-templates'

type TemplateHit = { id: string; name: string; productId: string }

type TemplateFilterProps = {
  /** The template the address filters by (its id), or null. */
  value: string | null
  /** Its name, as the server found it (null: no template has that id). */
  serverName: string | null
  onChange: (id: string | null) => void
}

const searchTemplates = async (query: string) => (await findTemplatesAction({ query }))?.data ?? []

/**
 * History's "Product template" filter: a catalogue may hold thousands of templates, so it is searched
 * on the server rather than sent whole as a select's options.
 */
export function TemplateFilter({ value, serverName, onChange }: TemplateFilterProps) {
  // The name of a pick is known at once; the server's answer for the new address comes after.
  const [picked, setPicked] = useState<TemplateHit | null>(null)
  const name = !value ? '' : picked?.id === value ? picked.name : (serverName ?? 'Unknown template')
  return (
    <SearchCombobox
      id="history-template"
      label="Product template"
      placeholder="Any template: type a name or product id"
      value={name}
      search={searchTemplates}
      itemKey={(template) => template.id}
      noMatch="No active template matches."
      onPick={(template) => {
        setPicked(template)
        onChange(template.id)
      }}
      renderItem={(template) => (
        <>
          <span className="min-w-0 truncate">{template.name}</span>
          <span className="shrink-0 text-muted-foreground">{template.productId}</span>
        </>
      )}
    >
      {value && (
        <Button
          type="button"
          variant="ghost"
          size="icon"
          aria-label="Any template (clear the template filter)"
          onClick={() => onChange(null)}
        >
          <XIcon aria-hidden />
        </Button>
      )}
    </SearchCombobox>
  )
}
