/**
 * The fact-check report as one self-contained HTML file, written from the report model
 * (reportModel.ts) as the Markdown report is. It makes no request of any kind: the styles are
 * inline, there are no fonts, images or scripts, and a Content-Security-Policy meta tag forbids
 * everything but inline styles, should a reader's browser be asked to load more. A print
 * stylesheet starts each section on a new page and prints the URL after each link. Every text
 * is HTML-escaped (attributes too); only http, https and mailto URLs become links, and links
 * within the report point to its own anchors.
 */
import type { ExportFormat, ExportInput } from './types'
import { buildReportModel, claimRefs, type ReportLink, type ReportModel } from './reportModel'

/** The policy of the report's page: nothing may be loaded, only inline styles apply. */
export const REPORT_CSP = ["default-src 'none'", "style-src 'unsafe-inline'", "base-uri 'none'", "form-action 'none'"].join('; ')

/** `text` escaped for HTML text and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c)
}

/** `text` escaped, its line breaks kept as `<br>`. */
function multiline(text: string): string {
  return text
    .trim()
    .split(/\r?\n|\r/)
    .map(escapeHtml)
    .join('<br>')
}

function link(l: ReportLink, text = l.text): string {
  return l.href ? `<a href="${escapeHtml(l.href)}">${escapeHtml(text)}</a>` : escapeHtml(text)
}

function internal(anchor: string | null, text: string): string {
  return anchor ? `<a class="ref" href="#${anchor}">${escapeHtml(text)}</a>` : escapeHtml(text)
}

const STYLE = `
:root { color-scheme: light; }
body { font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1d1d1f; max-width: 52rem; margin: 2rem auto; padding: 0 1.5rem; }
h1 { font-size: 1.8rem; margin-bottom: .25rem; }
h2 { font-size: 1.35rem; border-bottom: 2px solid #d0d4da; padding-bottom: .2rem; margin-top: 2.2rem; }
h3 { font-size: 1.1rem; margin: 1.6rem 0 .5rem; }
.made { color: #555; margin-top: 0; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1rem; margin: .5rem 0; }
dt { font-weight: 600; color: #444; }
dd { margin: 0; overflow-wrap: anywhere; }
.none { color: #777; font-style: italic; }
table { border-collapse: collapse; margin: .5rem 0; }
th, td { border: 1px solid #d0d4da; padding: .3rem .6rem; text-align: left; vertical-align: top; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
tfoot td { font-weight: 600; }
.claim { border-left: 4px solid #8a94a6; padding: .1rem 0 .4rem 1rem; margin: 1.2rem 0; break-inside: avoid; }
.verdict { display: inline-block; font-weight: 700; padding: 0 .5rem; border-radius: .3rem; background: #eef0f3; }
.v-true, .v-mostly-true { background: #dff3e4; color: #17572a; }
.v-mixed { background: #fdf1d6; color: #6b4a00; }
.v-mostly-false, .v-false { background: #fbe1e1; color: #8a1c1c; }
blockquote { margin: 0; padding: .3rem .8rem; background: #f6f7f9; border-radius: .3rem; }
mark { background: #ffe58a; color: inherit; font-weight: 600; padding: 0 .1rem; }
ul { margin: .2rem 0; padding-left: 1.3rem; }
a { color: #0b57d0; }
.where { color: #555; font-style: italic; }
@media print {
  body { margin: 0; max-width: none; font-size: 11pt; }
  section + section { break-before: page; }
  h2, h3 { break-after: avoid; }
  .claim, tr { break-inside: avoid; }
  a { color: inherit; text-decoration: underline; }
  a[href^="http"]::after, a[href^="mailto"]::after { content: " (" attr(href) ")"; font-size: .85em; color: #444; overflow-wrap: anywhere; }
  .verdict, mark { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`

function dl(rows: readonly (readonly [string, string])[]): string {
  return `<dl>${rows.map(([label, value]) => `<dt>${escapeHtml(label)}</dt><dd>${value}</dd>`).join('')}</dl>`
}

/** The HTML page of `model`. */
export function reportToHtml(model: ReportModel): string {
  const w = model.words
  const none = (text: string): string => `<span class="none">${escapeHtml(text)}</span>`
  const parts: string[] = []

  parts.push(`<section id="article"><h2>${escapeHtml(w.sections.article)}</h2>`)
  parts.push(dl(model.properties.map((p) => [p.label, p.value === '' ? none(w.notGiven) : p.link ? link(p.link) : escapeHtml(p.value)])))
  parts.push('</section>')

  parts.push(`<section id="summary"><h2>${escapeHtml(w.sections.summary)}</h2>`)
  if (model.summary.chosen) parts.push(`<p>${escapeHtml(model.summary.chosen)}</p>`)
  if (model.summary.total === 0) parts.push(`<p>${escapeHtml(w.summary.noClaims)}</p>`)
  else {
    parts.push(`<table><thead><tr><th>${escapeHtml(w.summary.verdict)}</th><th class="n">${escapeHtml(w.summary.claims)}</th></tr></thead><tbody>`)
    for (const row of model.summary.byVerdict)
      parts.push(`<tr><td><span class="verdict v-${row.verdict}">${escapeHtml(row.label)}</span></td><td class="n">${escapeHtml(row.countText)}</td></tr>`)
    parts.push(`</tbody><tfoot><tr><td>${escapeHtml(w.summary.total)}</td><td class="n">${escapeHtml(model.summary.totalText)}</td></tr></tfoot></table>`)
  }
  const signedOff = model.summary.signedOff === null ? none(w.summary.signedOffPending) : escapeHtml(String(model.summary.signedOff))
  parts.push(`<p class="signed-off"><strong>${escapeHtml(w.field({ label: w.summary.signedOffLabel }))}</strong> ${signedOff}</p></section>`)

  parts.push(`<section id="claims"><h2>${escapeHtml(w.sections.claims)}</h2>`)
  if (model.claims.length === 0) parts.push(`<p>${escapeHtml(w.summary.noClaims)}</p>`)
  for (const claim of model.claims) {
    const s = claim.inSentence
    const rows: [string, string][] = [
      [w.claim.verdict, `<span class="verdict v-${claim.verdict}">${escapeHtml(claim.verdictLabel)}</span>`],
      [w.claim.status, escapeHtml(claim.statusLabel)]
    ]
    if (claim.claimDate) rows.push([w.claim.claimDate, escapeHtml(claim.claimDate)])
    rows.push([w.claim.inText, `<blockquote>${escapeHtml(s.before)}<mark>${escapeHtml(s.quote)}</mark>${escapeHtml(s.after)}</blockquote>`])
    if (claim.rationale.trim()) rows.push([w.claim.rationale, multiline(claim.rationale)])
    rows.push([
      w.claim.sources,
      claim.sources.length === 0
        ? none(w.claim.noSources)
        : `<ul>${claim.sources
            .map((source) => {
              const title = source.link?.href ? link(source.link, source.title) : escapeHtml(source.title)
              const url = source.link && !source.link.href ? ` <span class="where">(${escapeHtml(source.link.text)})</span>` : ''
              const ref = source.number !== null ? ` ${internal(`source-${source.number}`, `[${source.number}]`)}` : ''
              return `<li>${escapeHtml(w.field({ label: source.relation }))} ${title}${url}${ref}</li>`
            })
            .join('')}</ul>`
    ])
    if (claim.entities.length > 0)
      rows.push([w.claim.about, claim.entities.map((e) => `${internal(e.anchor, e.name)}${e.typeLabel ? ` (${escapeHtml(e.typeLabel)})` : ''}`).join(', ')])
    if (claim.speaker) rows.push([w.claim.speaker, internal(claim.speaker.anchor, claim.speaker.name)])
    rows.push([w.claim.author, escapeHtml(claim.author)])
    if (claim.note.trim()) rows.push([w.claim.note, multiline(claim.note)])
    parts.push(`<article class="claim" id="${claim.anchor}"><h3>${escapeHtml(w.claim.heading({ number: String(claim.number), text: claim.text }))}</h3>${dl(rows)}</article>`)
  }
  parts.push('</section>')

  parts.push(`<section id="sources"><h2>${escapeHtml(w.sections.sources)}</h2>`)
  if (model.sources.length === 0) parts.push(`<p>${escapeHtml(w.source.noSources)}</p>`)
  for (const source of model.sources) {
    const rows: [string, string][] = [[w.source.type, escapeHtml(source.typeLabel)]]
    if (source.publisher.trim()) rows.push([w.source.publisher, escapeHtml(source.publisher)])
    if (source.link) rows.push([w.source.url, link(source.link)])
    if (source.publishedOn) rows.push([w.source.publishedOn, escapeHtml(source.publishedOn)])
    if (source.accessedOn) rows.push([w.source.accessedOn, escapeHtml(source.accessedOn)])
    if (source.reliability.trim()) rows.push([w.source.reliability, multiline(source.reliability)])
    const claims = claimRefs(model, source.claims)
    rows.push([w.source.claims, claims.length ? source.claims.map((n, i) => internal(`claim-${n}`, claims[i])).join(', ') : none(w.source.noClaims)])
    parts.push(
      `<div class="source" id="${source.anchor}"><h3>${source.number}. ${escapeHtml(source.title)}</h3><p class="where">${escapeHtml(source.inText ? w.source.inText : w.source.outside)}</p>${dl(rows)}</div>`
    )
  }
  parts.push('</section>')

  parts.push(`<section id="entities"><h2>${escapeHtml(w.sections.entities)}</h2>`)
  if (model.entities.length === 0) parts.push(`<p>${escapeHtml(w.entity.noEntities)}</p>`)
  else {
    const e = w.entity
    parts.push(
      `<table><thead><tr><th>${escapeHtml(e.name)}</th><th>${escapeHtml(e.type)}</th><th class="n">${escapeHtml(e.mentions)}</th><th>${escapeHtml(e.aliases)}</th><th>${escapeHtml(e.externalId)}</th><th>${escapeHtml(e.claims)}</th></tr></thead><tbody>`
    )
    for (const entity of model.entities) {
      const claims = claimRefs(model, entity.claims)
      parts.push(
        `<tr id="${entity.anchor}"><td>${escapeHtml(entity.name)}</td><td>${escapeHtml(entity.typeLabel)}</td><td class="n">${escapeHtml(entity.mentionsText)}</td><td>${escapeHtml(entity.aliases.join(', '))}</td><td>${escapeHtml(entity.externalId)}</td><td>${entity.claims.map((n, i) => internal(`claim-${n}`, claims[i])).join(', ')}</td></tr>`
      )
    }
    parts.push('</tbody></table>')
  }
  parts.push('</section>')

  return [
    '<!DOCTYPE html>',
    `<html lang="${escapeHtml(w.locale)}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(REPORT_CSP)}">`,
    '<meta name="referrer" content="no-referrer">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(model.title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    `<header><h1>${escapeHtml(model.title)}</h1><p class="made">${escapeHtml(model.madeBy)}</p></header>`,
    `<main>${parts.join('\n')}</main>`,
    '</body>',
    '</html>',
    ''
  ].join('\n')
}

export const htmlReportFormat: ExportFormat = {
  id: 'html',
  serialize: (input: ExportInput) => [{ extension: '.html', mediaType: 'text/html;charset=utf-8', content: reportToHtml(buildReportModel(input)) }]
}
