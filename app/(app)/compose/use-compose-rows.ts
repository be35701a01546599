'use client'

import { useCallback, useState } from 'react'
import { useFieldArray } from 'react-hook-form'
import { loadComposeTemplatesAction } from '@/lib/compose/actions/compose-templates'
import { crossSellFrom, lineFrom, withSuggestedCrossSells } from '@/lib/compose/lines'
import type { ComposeTemplate, TemplateLookup } from '@/lib/compose/template-lookup'
import type { ComposeFormApi } from './form-types'

/** The templates the composition knows of, growing as the rep picks more. */
class KnownTemplates {
  constructor(public all: TemplateLookup) {}
  add(more: TemplateLookup): TemplateLookup {
    this.all = { ...this.all, ...more }
    return this.all
  }
}

/**
 * The templates for rendering (state) and for the resolver, which runs outside rendering and must
 * see templates picked since the last render (`known.all`).
 */
export function useKnownTemplates(initial: TemplateLookup) {
  const [templates, setTemplates] = useState(initial)
  const [known] = useState(() => new KnownTemplates(initial))
  function remember(more: TemplateLookup): TemplateLookup {
    const next = known.add(more)
    setTemplates(next)
    return next
  }
  return { templates, known, remember }
}

/** The product lines and cross-sells, and what picking and removing does to them. */
export function useComposeRows(
  form: ComposeFormApi,
  remember: (more: TemplateLookup) => TemplateLookup,
) {
  const lines = useFieldArray({ control: form.control, name: 'lines' })
  const crossSells = useFieldArray({ control: form.control, name: 'crossSells' })

  async function addProduct(template: ComposeTemplate) {
    const lookup = remember({ [template.id]: template })
    const currency = form.getValues('currency')
    lines.append(lineFrom(template, currency), { shouldFocus: false })
    const missing = template.values.crossSellIds.filter((id) => !lookup[id])
    const loaded = missing.length ? (await loadComposeTemplatesAction({ ids: missing }))?.data : {}
    const withSuggestions = remember(loaded ?? {})
    const current = form.getValues()
    const rows = withSuggestedCrossSells(current, withSuggestions)
    // Rows only ever leave (a cross-sell now picked as a product) or join at the end.
    const kept = rows.filter((row) => current.crossSells.includes(row))
    if (kept.length < current.crossSells.length) crossSells.replace(rows)
    else if (rows.length > kept.length)
      crossSells.append(rows.slice(kept.length), { shouldFocus: false })
  }

  function addCrossSell(template: ComposeTemplate) {
    remember({ [template.id]: template })
    crossSells.append(crossSellFrom(template, form.getValues('currency')), {
      shouldFocus: false,
    })
  }

  // Stable across renders: the memoised cross-sell rows hold it.
  const { remove: removeRow } = crossSells
  const removeCrossSell = useCallback(
    (index: number) => {
      const id = form.getValues(`crossSells.${index}.templateId`)
      removeRow(index)
      form.setValue('dismissedCrossSellIds', [...form.getValues('dismissedCrossSellIds'), id])
    },
    [form, removeRow],
  )

  return { lines, crossSells, addProduct, addCrossSell, removeCrossSell }
}
