import type { Database, Transaction } from '@/lib/db/create-client'
import { searchTextOf, type TemplateValues } from './record'

// How a template's values are written: its row's columns, and its prices, tags and cross-sells.
// Takes the client or transaction to write with, so the seed shares it with the app.
type Client = Database | Transaction

export function templateColumns(values: TemplateValues) {
  return {
    productId: values.productId,
    name: values.name,
    description: values.description,
    image: values.image,
    quantityInitial: values.quantity?.initial ?? null,
    quantityMinimum: values.quantity?.minimum ?? null,
    quantityMaximum: values.quantity?.maximum ?? null,
    recurringUnit: values.recurring?.unit ?? null,
    recurringCount: values.recurring?.count ?? null,
    trialUnit: values.trial?.unit ?? null,
    trialCount: values.trial?.count ?? null,
    metadata: JSON.stringify(values.metadata),
    upsellId: values.upsellId,
    searchText: searchTextOf(values),
  }
}

export async function writeTemplateChildren(tx: Client, id: string, values: TemplateValues) {
  await tx.templatePrice.deleteMany({ where: { templateId: id } })
  await tx.templateTag.deleteMany({ where: { templateId: id } })
  await tx.templateCrossSell.deleteMany({ where: { templateId: id } })
  await tx.templatePrice.createMany({
    data: values.prices.map((price) => ({
      templateId: id,
      currency: price.currency,
      openingMinor: BigInt(price.openingMinor),
      floorMinor: BigInt(price.floorMinor),
    })),
  })
  if (values.tags.length)
    await tx.templateTag.createMany({ data: values.tags.map((tag) => ({ templateId: id, tag })) })
  if (values.crossSellIds.length) {
    await tx.templateCrossSell.createMany({
      data: values.crossSellIds.map((crossSellId, position) => ({
        templateId: id,
        crossSellId,
        position,
      })),
    })
  }
}
