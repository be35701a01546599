'use client'

import { useHookFormAction } from '@next-safe-action/adapter-react-hook-form/hooks'
import { useEffect, useMemo } from 'react'
import { useWatch } from 'react-hook-form'
import { MetadataRows, type MetadataForm } from '@/components/metadata-rows'
import type { Role } from '@/lib/auth/roles'
import { createSessionAction } from '@/lib/sessions/actions/create-session'
import type { ComposeForm as ComposeFormValues } from '@/lib/compose/schema'
import type { TemplateLookup } from '@/lib/compose/template-lookup'
import type { DraftSummary } from '@/lib/compose/drafts-data'
import type { PreviewCheck } from '@/lib/compose/check'
import { useDeferredModule } from '@/components/use-deferred-module'
import { BuyerFields } from './buyer-fields'
import { composeResolver } from './compose-resolver'
import { ComposeLive, LiveCreateBar, LiveSummaryAndPreview } from './compose-live'
import { guardEnter } from './guard-enter'
import { CrossSellRows } from './cross-sell-rows'
import { CreateResultBanner } from './create-result-banner'
import { ProductLines } from './product-lines'
import { SessionSettings } from './session-settings'
import { MyDrafts } from './my-drafts'
import { useComposeRows, useKnownTemplates } from './use-compose-rows'

// Shown only once a session is created (its share button and QR code with it): loaded after the
// page, long before a rep can press Create.
const loadSuccessPanel = () => import('./success-panel')

type ComposeFormProps = {
  initial: ComposeFormValues
  initialTemplates: TemplateLookup
  /** The server's check of `initial`, shown until the browser's own check has loaded. */
  initialCheck: PreviewCheck
  role: Role
  apiBaseUrl: string
  /** The console's address SaleSnip's callbacks point at, or null when it does not relay. */
  relayBase: string | null
  drafts: DraftSummary[]
}

export function ComposeForm(props: ComposeFormProps) {
  const { initial, initialTemplates, initialCheck, role, apiBaseUrl, relayBase, drafts } = props
  const { templates, known, remember } = useKnownTemplates(initialTemplates)
  const resolver = useMemo(
    () => composeResolver(() => known.all, role, relayBase),
    [known, role, relayBase],
  )
  const { form, action, handleSubmitWithAction } = useHookFormAction(
    createSessionAction,
    resolver,
    { formProps: { defaultValues: initial, mode: 'onTouched' } },
  )
  const { lines, crossSells, addProduct, addCrossSell, removeCrossSell } = useComposeRows(
    form,
    remember,
  )
  // Only the draft's id is watched here: the rest of the values, in ComposeLive (see there why).
  const draftId = useWatch({ control: form.control, name: 'draftId' })
  const success = useDeferredModule(loadSuccessPanel)
  const outcome = action.result.data
  const created = outcome?.kind === 'created' ? outcome.session : null

  // SaleSnip's own field errors (a 4xx) land on the fields they name.
  useEffect(() => {
    if (outcome?.kind !== 'failed') return
    for (const issue of outcome.issues) {
      if (issue.path !== 'root')
        form.setError(issue.path as never, { type: 'salesnip', message: issue.message })
    }
  }, [outcome, form])

  function startAgain(keepProducts: boolean) {
    const current = form.getValues()
    form.reset({
      ...current,
      idempotencyKey: crypto.randomUUID(),
      draftId: '',
      replacesSessionId: '',
      buyer: { name: '', email: '', company: '', dealReference: '' },
      ...(keepProducts
        ? {}
        : { lines: [], crossSells: [], dismissedCrossSellIds: [], metadata: [] }),
    })
    action.reset()
    window.history.replaceState(null, '', '/compose')
  }

  // The draft a created session came from is gone on the server; do not offer it here either.
  const listed = created ? drafts.filter((draft) => draft.id !== draftId) : drafts
  const myDrafts = <MyDrafts drafts={listed} currentDraftId={created ? '' : draftId} />

  const live = {
    form,
    templates,
    role,
    relayBase,
    initialCheck,
    autosaveEnabled: !created && !action.isExecuting,
  }
  if (created) {
    return (
      <ComposeLive {...live}>
        {myDrafts}
        {success ? (
          <success.SuccessPanel
            session={created}
            replay={outcome?.kind === 'created' && outcome.replay}
            buyerName={form.getValues('buyer.name')}
            onNew={() => startAgain(false)}
            onDuplicate={() => startAgain(true)}
          />
        ) : (
          <p role="status">Session created. Its link is on the way…</p>
        )}
      </ComposeLive>
    )
  }

  return (
    <ComposeLive {...live}>
      {myDrafts}
      <form
        onSubmit={handleSubmitWithAction}
        onKeyDown={guardEnter}
        noValidate
        aria-label="Compose a session"
        className="grid grid-cols-[minmax(0,1fr)] items-start gap-6 xl:grid-cols-[minmax(0,1fr)_minmax(0,28rem)]"
      >
        <div className="grid min-w-0 grid-cols-[minmax(0,1fr)] gap-6">
          <BuyerFields form={form} />
          <ProductLines
            form={form}
            lines={lines}
            templates={templates}
            role={role}
            onPick={addProduct}
          />
          <CrossSellRows
            form={form}
            rows={crossSells}
            templates={templates}
            role={role}
            onPick={addCrossSell}
            onRemove={removeCrossSell}
          />
          <MetadataRows
            form={form as unknown as MetadataForm}
            hint="Sent with the session. The buyer fields above go in as buyer_name, buyer_email, buyer_company and deal_reference."
          />
          <SessionSettings
            form={form}
            templates={templates}
            relayed={relayBase !== null}
            onRepriced={(next) => {
              lines.replace(next.lines)
              crossSells.replace(next.crossSells)
            }}
          />
          <input type="hidden" {...form.register('idempotencyKey')} />
          <input type="hidden" {...form.register('draftId')} />
          <input type="hidden" {...form.register('replacesSessionId')} />
          <CreateResultBanner
            outcome={outcome}
            serverError={action.result.serverError}
            validationFailed={
              Boolean(action.result.validationErrors) ||
              (form.formState.isSubmitted && Object.keys(form.formState.errors).length > 0)
            }
            rootError={form.formState.errors.root?.message}
            onNewKey={() => form.setValue('idempotencyKey', crypto.randomUUID())}
          />
          <LiveCreateBar submitted={form.formState.isSubmitted} executing={action.isExecuting} />
        </div>
        <aside className="grid min-w-0 gap-4 xl:sticky xl:top-4" aria-label="Summary and preview">
          <LiveSummaryAndPreview apiBaseUrl={apiBaseUrl} submitted={form.formState.isSubmitted} />
        </aside>
      </form>
    </ComposeLive>
  )
}
