// Words for the preview: where a problem is, and the request as a curl command.

/** `lines.2.floor` → "Product 3 (Pro plan) · floor". */
export function describeFormPath(path: string): string {
  const [group, index, field, sub] = path.split('.')
  const names: Record<string, string> = {
    opening: 'opening price',
    floor: 'floor',
    templateId: 'template',
    upsell: 'upsell',
    quantity: `${sub ?? 'opening'} quantity`.replace('initial', 'opening'),
  }
  if ((group === 'lines' || group === 'crossSells') && index !== undefined) {
    const label = group === 'lines' ? 'Product' : 'Cross-sell'
    return `${label} ${Number(index) + 1}${field ? ` · ${names[field] ?? field}` : ''}`
  }
  const top: Record<string, string> = {
    lines: 'Products',
    crossSells: 'Cross-sells',
    projectId: 'Project id',
    currency: 'Currency',
    metadata: 'Metadata',
    'callbacks.success': 'Success address',
    'callbacks.cancel': 'Cancel address',
    root: 'Session',
  }
  return top[path] ?? top[group ?? ''] ?? path
}

/**
 * The request as curl, with the key left as an environment variable (never the real one). The
 * body goes through a quoted here-document, so no character of it needs escaping.
 */
export function curlCommand(apiBaseUrl: string, bytes: string): string {
  return [
    `curl -X POST '${apiBaseUrl.replace(/\/$/, '')}/v1/sessions' \\`,
    `  -H "X-Api-Key: $SALESNIP_API_KEY" \\`,
    `  -H 'Content-Type: application/json' \\`,
    `  --data-binary @- <<'JSON'`,
    bytes,
    'JSON',
  ].join('\n')
}
