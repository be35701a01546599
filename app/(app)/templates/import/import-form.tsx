'use client'

import { useAction } from 'next-safe-action/hooks'
import Link from 'next/link'
import { useState } from 'react'
import { Button } from '@/components/ui/button'
import { Label } from '@/components/ui/label'
import { importCatalogueAction } from '@/lib/templates/actions/import-catalogue'

export function ImportForm() {
  const [text, setText] = useState('')
  const importing = useAction(importCatalogueAction)
  const result = importing.result.data
  const inputError = importing.result.validationErrors?.text?._errors?.[0]

  return (
    <form
      className="grid gap-4"
      onSubmit={(event) => {
        event.preventDefault()
        importing.execute({ text })
      }}
    >
      <div className="grid gap-1.5">
        <Label htmlFor="catalogue-file">Catalogue file</Label>
        <input
          id="catalogue-file"
          type="file"
          accept="application/json,.json"
          className="text-sm"
          onChange={async (event) => setText((await event.target.files?.[0]?.text()) ?? '')}
        />
      </div>
      <div className="grid gap-1.5">
        <Label htmlFor="catalogue-text">Or paste the JSON</Label>
        <textarea
          id="catalogue-text"
          rows={10}
          value={text}
          onChange={(event) => setText(event.target.value)}
          className="rounded-md border border-input bg-background p-3 font-mono text-xs"
        />
      </div>
      <div>
        <Button type="submit" disabled={importing.isExecuting}>
          {importing.isExecuting ? 'Importing…' : 'Import'}
        </Button>
      </div>
      {(inputError || importing.result.serverError) && (
        <p role="alert" className="text-sm text-destructive">
          {inputError ?? importing.result.serverError}
        </p>
      )}
      {result?.ok === true && (
        <p role="status" className="text-sm">
          Imported: {result.created} new, {result.updated} updated.{' '}
          <Link href="/templates" className="underline underline-offset-4">
            See the catalogue
          </Link>
        </p>
      )}
      {result?.ok === false && (
        <div role="alert" className="rounded-lg border border-destructive p-4 text-sm">
          <p className="font-medium">Nothing was imported: {result.problems.length} problem(s).</p>
          <ul className="mt-2 list-disc pl-5">
            {result.problems.map((problem, index) => (
              <li key={index}>
                {problem.line !== null ? `Line ${problem.line}` : 'File'}
                {problem.path && `, ${problem.path}`}: {problem.message}
              </li>
            ))}
          </ul>
        </div>
      )}
    </form>
  )
}
