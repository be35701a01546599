// What a rep sends: a message with the link, and the snippet for SaleSnip's embeddable widget.

const WIDGET_SCRIPT = 'https://cdn.salesnip.com/v1/script.min.js'

export function buyerMessage({ buyerName, url }: { buyerName: string; url: string }): string {
  const greeting = buyerName.trim() ? `Hi ${buyerName.trim().split(/\s+/)[0]},` : 'Hi,'
  return `${greeting}\n\nhere is your personal offer. Open the link to go through it and agree on the price and quantity that work for you:\n${url}\n\nThe link is just for you.`
}

export function widgetSnippet(sessionId: string): string {
  return `<script src="${WIDGET_SCRIPT}"></script>\n<script>window.salesnip.open(${JSON.stringify(sessionId)})</script>`
}
