/**
 * brat standoff (https://brat.nlplab.org/standoff.html), export and import: an article's plain
 * text as a `.txt` and its tags as an `.ann` whose offsets count into it. Export writes the `.ann`
 * first (the file `--out` names) and the `.txt` second, the article's plain text exactly as the
 * offsets count. Import is in bratImport.ts; the names used are in bratVocabulary.ts.
 *
 * What an exported `.ann` holds, as brat's own files do:
 * - `T` lines: claims as `Claim`, sources as `Source`, entities by their type (`Person`,
 *   `Organisation`, `Place`, `Date`, `Event`, `Other`), numbered in text order. Offsets count
 *   code points (a CR is one character, as brat's server reads the file). brat keeps a span off
 *   line breaks: when one is made across lines, its server cuts it into one fragment per line,
 *   each trimmed of blank space, and writes the fragments' texts joined by one space
 *   (`T1\tClaim 0 5;7 12\tfirst second`). Export does the same, so a T line's text never holds
 *   a line break; a tag of blank space only is not written.
 * - `A` lines for values without spaces: `Verdict`, `Status`, `CheckWorthiness` (when set),
 *   `ClaimDate`, `SourceType`, `PublishedOn`, `AccessedOn` (when given), values being Factmark's
 *   identifiers (`A1\tVerdict T1 mostly-false`).
 * - `#` lines for text: the tag's note as brat's `AnnotatorNotes`, and `ClaimReviewed`,
 *   `Rationale`, `Url`, `Publisher`, `Reliability`, `CanonicalName`, `Alias` (one line per
 *   alias). A text of several lines is written as one `#` line per line, in order; import joins
 *   them with line feeds (a CR LF in a note comes back as LF).
 * - `R` lines (ending with a tab, as brat writes them): a claim's sources with the relation as
 *   the type (`Supports`, `Contradicts`, `Context`, `QuotedFrom`), `About` for the entities it is
 *   about, `Speaker` for its speaker, `MentionOf` from an entity's mention to its first tag.
 * - `N` lines for an entity's identifier: `Wikidata:Q42` for a Wikidata QID, an identifier of
 *   the form `Base:Id` as it is; any other goes in an `ExternalId` note. The text of the N line
 *   is the entity's canonical name, or its quote.
 * Not written: sources outside the text and links to them, links to a tag of the wrong kind, authors and dates (brat has none:
 * an import makes the importer the author, at the time of the import).
 */
import { codePointIndex, type CodePointIndex } from '../anchoring/codePoints'
import type { Tag } from '../model/tag'
import { bratImport, detectBrat } from './bratImport'
import {
  ABOUT,
  ATTRIBUTES,
  CLAIM_TYPE,
  ENTITY_TYPE_NAMES,
  LINE_BREAK,
  MENTION_OF,
  NOTES,
  REFERENCE,
  SOURCE_RELATION_NAMES,
  SOURCE_TYPE,
  SPEAKER
} from './bratVocabulary'
import type { ExportFormat, ExportInput, ImportFormat } from './types'

/** A stretch of the text, in UTF-16 offsets. */
interface Span {
  readonly start: number
  readonly end: number
}

const BLANK = /\s/u

/**
 * The fragments brat would make of [start, end) of `text`: cut at every line break, each trimmed
 * of blank space, empty ones dropped. [] when the range holds only blank space.
 */
export function bratFragments(text: string, start: number, end: number): Span[] {
  const fragments: Span[] = []
  const pattern = new RegExp(LINE_BREAK.source, 'gu')
  const slice = text.slice(start, end)
  let from = 0
  const push = (a: number, b: number): void => {
    while (a < b && BLANK.test(slice[a])) a += 1
    while (b > a && BLANK.test(slice[b - 1])) b -= 1
    if (a < b) fragments.push({ start: start + a, end: start + b })
  }
  for (let match = pattern.exec(slice); match; match = pattern.exec(slice)) {
    push(from, match.index)
    from = match.index + match[0].length
  }
  push(from, slice.length)
  return fragments
}

function typeOf(tag: Tag): string {
  if (tag.kind === 'claim') return CLAIM_TYPE
  if (tag.kind === 'source') return SOURCE_TYPE
  return ENTITY_TYPE_NAMES[tag.entity.entityType]
}

/** The N line's reference for an identifier, or null when it goes in an ExternalId note. */
function referenceOf(externalId: string): string | null {
  if (/^Q[1-9][0-9]*$/.test(externalId)) return `Wikidata:${externalId}`
  return /^[^\s:]+:\S+$/u.test(externalId) ? externalId : null
}

/** The `.ann` text of `input`'s tags. */
export function tagsToBrat(input: ExportInput): string {
  const { text } = input
  const index: CodePointIndex = codePointIndex(text)
  const tags = [...input.tags].sort(
    (a, b) => a.target.position.start - b.target.position.start || b.target.position.end - a.target.position.end || a.id.localeCompare(b.id)
  )
  const spans: string[] = []
  const attributes: string[] = []
  const relations: string[] = []
  const notes: string[] = []
  const normalizations: string[] = []
  const bratId = new Map<string, string>()
  const written: { tag: Tag; id: string; quote: string }[] = []
  for (const tag of tags) {
    const { start, end } = tag.target.position
    if (end > text.length) continue
    const fragments = bratFragments(text, start, end)
    if (fragments.length === 0) continue
    const id = `T${written.length + 1}`
    // A fragment that starts or ends inside a surrogate pair takes the whole character.
    const points = fragments.map((f) => ({ start: index.toCodePoints(f.start, 'down'), end: index.toCodePoints(f.end, 'up') }))
    const offsets = points.map((p) => `${p.start} ${p.end}`).join(';')
    const quote = points.map((p) => text.slice(index.toUtf16(p.start), index.toUtf16(p.end))).join(' ')
    spans.push(`${id}\t${typeOf(tag)} ${offsets}\t${quote}`)
    bratId.set(tag.id, id)
    written.push({ tag, id, quote })
  }
  const attribute = (name: string, target: string, value: string): void => {
    if (value !== '') attributes.push(`A${attributes.length + 1}\t${name} ${target} ${value}`)
  }
  const note = (type: string, target: string, value: string): void => {
    if (value === '') return
    for (const line of value.split(LINE_BREAK)) notes.push(`#${notes.length + 1}\t${type} ${target}\t${line}`)
  }
  const kindOf = new Map(written.map(({ tag }) => [tag.id, tag.kind]))
  /** An R line to the tag `to` when it was written and is of `kind` (a link to another kind is not Factmark's). */
  const relation = (type: string, from: string, to: string | null, kind: Tag['kind']): void => {
    const arg2 = to === null || kindOf.get(to) !== kind ? undefined : bratId.get(to)
    if (arg2 !== undefined && arg2 !== from) relations.push([`R${relations.length + 1}`, [type, `Arg1:${from}`, `Arg2:${arg2}`].join(' '), ''].join('\t'))
  }
  for (const { tag, id, quote } of written) {
    if (tag.kind === 'claim') {
      const c = tag.claim
      attribute(ATTRIBUTES.verdict, id, c.verdict)
      attribute(ATTRIBUTES.status, id, c.status)
      if (c.checkWorthiness !== 'unset') attribute(ATTRIBUTES.checkWorthiness, id, c.checkWorthiness)
      attribute(ATTRIBUTES.claimDate, id, c.claimDate)
      note(NOTES.claimReviewed, id, c.claimReviewed)
      note(NOTES.rationale, id, c.rationale)
      for (const link of c.sources) relation(SOURCE_RELATION_NAMES[link.relation], id, link.sourceId, 'source')
      for (const entity of c.entities) relation(ABOUT, id, entity, 'entity')
      relation(SPEAKER, id, c.speakerId, 'entity')
    } else if (tag.kind === 'source') {
      const s = tag.source
      attribute(ATTRIBUTES.sourceType, id, s.sourceType)
      attribute(ATTRIBUTES.publishedOn, id, s.publishedOn)
      attribute(ATTRIBUTES.accessedOn, id, s.accessedOn)
      note(NOTES.url, id, s.url)
      note(NOTES.publisher, id, s.publisher)
      note(NOTES.reliability, id, s.reliability)
    } else {
      const e = tag.entity
      note(NOTES.canonicalName, id, e.canonicalName)
      for (const alias of e.aliases) note(NOTES.alias, id, alias.split(LINE_BREAK).join(' '))
      const reference = e.externalId === '' ? null : referenceOf(e.externalId)
      if (reference !== null) {
        const name = (e.canonicalName || quote).split(LINE_BREAK).join(' ')
        normalizations.push(`N${normalizations.length + 1}\t${REFERENCE} ${id} ${reference}\t${name}`)
      } else note(NOTES.externalId, id, e.externalId)
      relation(MENTION_OF, id, e.mentionOf, 'entity')
    }
    note(NOTES.note, id, tag.note)
  }
  const lines = [...spans, ...attributes, ...relations, ...notes, ...normalizations]
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`
}

export const bratExportFormat: ExportFormat = {
  id: 'brat',
  serialize: (input) => [
    { extension: '.ann', mediaType: 'text/plain;charset=utf-8', content: tagsToBrat(input) },
    { extension: '.txt', mediaType: 'text/plain;charset=utf-8', content: input.text }
  ]
}

/**
 * brat import. The caller passes the `.ann` file's text as `content` and, when it has it, the
 * `.txt` file's text as `context.sourceText`, decoded from UTF-8 as it is on disk (a byte-order
 * mark and CRs kept: brat counts them); see bratImport.ts.
 */
export const bratImportFormat: ImportFormat = {
  id: 'brat',
  detect: detectBrat,
  parse: bratImport
}
