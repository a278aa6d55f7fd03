/**
 * The fact-check report in Markdown (`report.md`), written from the report model
 * (reportModel.ts) as the HTML report is. CommonMark with GFM tables: every text the user typed
 * is escaped (ASCII punctuation that Markdown reads, markers at a line's start), so a note with
 * `<script>` or `*stars*` reads as typed and a renderer that passes HTML through gets none;
 * only http, https and mailto URLs become links.
 */
import type { ExportFormat, ExportInput } from './types'
import { buildReportModel, claimRefs, type ReportLink, type ReportModel } from './reportModel'

/** Markdown punctuation escaped anywhere in a line. */
const INLINE_SPECIAL = /[\\`*_[\]{}<>|~#!&]/g

/** `text` on one line, its Markdown punctuation escaped. */
export function mdInline(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').replace(INLINE_SPECIAL, (c) => `\\${c}`)
}

/**
 * `text` with its line breaks kept as hard breaks (blank lines dropped), each line escaped and
 * its start defused (list, heading, quote, setext and numbered markers); continuation lines are
 * indented by `indent` so they stay in a list item.
 */
export function mdText(text: string, indent = ''): string {
  return text
    .split(/\r?\n|\r/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => mdInline(line).replace(/^([-+=])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2'))
    .join(`\\\n${indent}`)
}

function mdLink(link: ReportLink, text = link.text): string {
  return link.href ? `[${mdInline(text)}](<${link.href}>)` : mdInline(text)
}

function field(model: ReportModel, label: string, value: string): string {
  return `- **${mdInline(model.words.field({ label }))}** ${value}`
}

function cell(text: string): string {
  return mdInline(text)
}

/** The Markdown text of `model`. */
export function reportToMarkdown(model: ReportModel): string {
  const w = model.words
  const out: string[] = []
  out.push(`# ${mdInline(model.title)}`, '', mdInline(model.madeBy), '')

  out.push(`## ${mdInline(w.sections.article)}`, '')
  for (const property of model.properties) {
    const value = property.value === '' ? `*${mdInline(w.notGiven)}*` : property.link ? mdLink(property.link) : mdInline(property.value)
    out.push(field(model, property.label, value))
  }
  out.push('')

  out.push(`## ${mdInline(w.sections.summary)}`, '')
  if (model.summary.chosen) out.push(mdInline(model.summary.chosen), '')
  if (model.summary.total === 0) out.push(mdInline(w.summary.noClaims), '')
  else {
    out.push(`| ${cell(w.summary.verdict)} | ${cell(w.summary.claims)} |`, '| --- | ---: |')
    for (const row of model.summary.byVerdict) out.push(`| ${cell(row.label)} | ${row.countText} |`)
    out.push(`| **${cell(w.summary.total)}** | **${model.summary.totalText}** |`, '')
  }
  const signedOff = model.summary.signedOff === null ? mdInline(w.summary.signedOffPending) : String(model.summary.signedOff)
  out.push(`**${mdInline(w.field({ label: w.summary.signedOffLabel }))}** ${signedOff}`, '')

  out.push(`## ${mdInline(w.sections.claims)}`, '')
  if (model.claims.length === 0) out.push(mdInline(w.summary.noClaims), '')
  for (const claim of model.claims) {
    out.push(`### ${mdInline(w.claim.heading({ number: String(claim.number), text: claim.text }))}`, '')
    out.push(field(model, w.claim.verdict, `**${mdInline(claim.verdictLabel)}**`))
    out.push(field(model, w.claim.status, mdInline(claim.statusLabel)))
    if (claim.claimDate) out.push(field(model, w.claim.claimDate, mdInline(claim.claimDate)))
    const s = claim.inSentence
    out.push(field(model, w.claim.inText, `${mdInline(s.before)}**${mdInline(s.quote.trim())}**${mdInline(s.after)}`))
    if (claim.rationale.trim()) out.push(field(model, w.claim.rationale, mdText(claim.rationale, '  ')))
    if (claim.sources.length === 0) out.push(field(model, w.claim.sources, mdInline(w.claim.noSources)))
    else {
      out.push(`- **${mdInline(w.field({ label: w.claim.sources }))}**`)
      for (const source of claim.sources) {
        const title = source.link?.href ? mdLink(source.link, source.title) : mdInline(source.title)
        const url = source.link && !source.link.href ? ` (${mdInline(source.link.text)})` : ''
        const ref = source.number !== null ? ` [${source.number}]` : ''
        out.push(`  - ${mdInline(w.field({ label: source.relation }))} ${title}${url}${ref}`)
      }
    }
    if (claim.entities.length > 0)
      out.push(field(model, w.claim.about, claim.entities.map((e) => (e.typeLabel ? `${mdInline(e.name)} (${mdInline(e.typeLabel)})` : mdInline(e.name))).join(', ')))
    if (claim.speaker) out.push(field(model, w.claim.speaker, mdInline(claim.speaker.name)))
    out.push(field(model, w.claim.author, mdInline(claim.author)))
    if (claim.note.trim()) out.push(field(model, w.claim.note, mdText(claim.note, '  ')))
    out.push('')
  }

  out.push(`## ${mdInline(w.sections.sources)}`, '')
  if (model.sources.length === 0) out.push(mdInline(w.source.noSources), '')
  for (const source of model.sources) {
    out.push(`### ${source.number}. ${mdInline(source.title)}`, '')
    out.push(`- *${mdInline(source.inText ? w.source.inText : w.source.outside)}*`)
    out.push(field(model, w.source.type, mdInline(source.typeLabel)))
    if (source.publisher.trim()) out.push(field(model, w.source.publisher, mdInline(source.publisher)))
    if (source.link) out.push(field(model, w.source.url, mdLink(source.link)))
    if (source.publishedOn) out.push(field(model, w.source.publishedOn, mdInline(source.publishedOn)))
    if (source.accessedOn) out.push(field(model, w.source.accessedOn, mdInline(source.accessedOn)))
    if (source.reliability.trim()) out.push(field(model, w.source.reliability, mdText(source.reliability, '  ')))
    out.push(field(model, w.source.claims, source.claims.length ? claimRefs(model, source.claims).map(mdInline).join(', ') : mdInline(w.source.noClaims)))
    out.push('')
  }

  out.push(`## ${mdInline(w.sections.entities)}`, '')
  if (model.entities.length === 0) out.push(mdInline(w.entity.noEntities), '')
  else {
    const e = w.entity
    out.push(`| ${[e.name, e.type, e.mentions, e.aliases, e.externalId, e.claims].map(cell).join(' | ')} |`, '| --- | --- | ---: | --- | --- | --- |')
    for (const entity of model.entities) {
      const claims = entity.claims.length ? claimRefs(model, entity.claims).join(', ') : ''
      out.push(`| ${[entity.name, entity.typeLabel].map(cell).join(' | ')} | ${entity.mentionsText} | ${[entity.aliases.join(', '), entity.externalId, claims].map(cell).join(' | ')} |`)
    }
    out.push('')
  }
  return out.join('\n')
}

export const markdownReportFormat: ExportFormat = {
  id: 'md',
  serialize: (input: ExportInput) => [{ extension: '.md', mediaType: 'text/markdown;charset=utf-8', content: reportToMarkdown(buildReportModel(input)) }]
}
