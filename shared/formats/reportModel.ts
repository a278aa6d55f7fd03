/**
 * What a fact-check report holds, computed once from an {@link ExportInput} and written out by
 * the Markdown (reportMarkdown.ts) and HTML (reportHtml.ts) formats, so the two never disagree.
 *
 * Every string in the model is plain text as the user typed it (or as the report's words say
 * it): a rendering escapes it for its own syntax. Links are given twice: the text as typed and,
 * only when it is an http, https or mailto URL, the normalised href a rendering may make
 * clickable (see {@link safeHref}).
 *
 * What goes in: the claims of `input.claimIds` (all claims when absent) in text order, numbered
 * from 1; the sources and entities those claims rest on or are about when a choice is given,
 * else every source and entity of the tag file. Figures and dates are written with Intl in the
 * output's language.
 */
import { isSafeLink } from '../article/articleSchema'
import { formatsEn } from '../messages/formats.en'
import { formatsFr } from '../messages/formats.fr'
import type { reportEn } from '../messages/formats/report.en'
import { calendarDateFormatFor, numberFormatFor } from '../messages/locale'
import { PROPERTY_NAMES, type PropertyName } from '../model/documentProperties'
import { VERDICTS, type ClaimTag, type EntityTag, type SourceFields, type SourceTag, type Verdict } from '../model/tag'
import type { ExportInput } from './types'

/** The report's words in one language. */
export type ReportWords = typeof reportEn

/** The report's words in the output's language. */
export function reportWordsFor(language: ExportInput['language']): ReportWords {
  return language === 'fr' ? formatsFr.report : formatsEn.report
}

/** A text that may be a link: `href` is set only when it is safe to make it clickable. */
export interface ReportLink {
  readonly text: string
  readonly href: string | null
}

/** One line of the article properties: label, value as shown ('' when not given), link. */
export interface ReportProperty {
  readonly name: PropertyName
  readonly label: string
  readonly value: string
  readonly link: ReportLink | null
}

/** The quote in its sentence: the text before it in the sentence, the quote, the text after. */
export interface QuoteInSentence {
  readonly before: string
  readonly quote: string
  readonly after: string
}

export interface ReportClaimSource {
  /** The source's number in the report's source list, or null when it is missing from the tag file. */
  readonly number: number | null
  readonly title: string
  readonly link: ReportLink | null
  readonly relation: string
}

export interface ReportClaim {
  readonly id: string
  readonly number: number
  /** The heading's anchor, for links within a rendering. */
  readonly anchor: string
  /** What the claim says: its restatement, else the quote. */
  readonly text: string
  readonly verdict: Verdict
  readonly verdictLabel: string
  readonly statusLabel: string
  /** The claim's date as written for the language, or ''. */
  readonly claimDate: string
  readonly inSentence: QuoteInSentence
  readonly rationale: string
  readonly note: string
  readonly sources: readonly ReportClaimSource[]
  /** The entities it is about, by name with their type, in the order linked. */
  readonly entities: readonly { readonly anchor: string | null; readonly name: string; readonly typeLabel: string }[]
  readonly speaker: { readonly anchor: string | null; readonly name: string } | null
  readonly author: string
}

export interface ReportSource {
  readonly id: string
  readonly number: number
  readonly anchor: string
  readonly title: string
  readonly inText: boolean
  readonly typeLabel: string
  readonly publisher: string
  readonly link: ReportLink | null
  readonly publishedOn: string
  readonly accessedOn: string
  readonly reliability: string
  /** Numbers of the report's claims that link it. */
  readonly claims: readonly number[]
}

export interface ReportEntity {
  readonly id: string
  readonly anchor: string
  readonly name: string
  readonly typeLabel: string
  /** The number of tags of it in the text (its first tag and its other mentions). */
  readonly mentions: number
  readonly mentionsText: string
  readonly aliases: readonly string[]
  readonly externalId: string
  /** Numbers of the report's claims about it or said by it. */
  readonly claims: readonly number[]
}

export interface ReportModel {
  readonly language: ExportInput['language']
  readonly words: ReportWords
  readonly title: string
  readonly madeBy: string
  readonly properties: readonly ReportProperty[]
  readonly summary: {
    /** Verdicts with at least one claim, in the model's order. */
    readonly byVerdict: readonly { readonly verdict: Verdict; readonly label: string; readonly count: number; readonly countText: string }[]
    readonly total: number
    readonly totalText: string
    /** Set when a claim choice left some of the article's claims out. */
    readonly chosen: string | null
    /**
     * How many claims are signed off: null until reviews are recorded in the tag file (a later
     * issue); renderings then say it is not recorded yet, never a made-up figure.
     */
    readonly signedOff: number | null
  }
  readonly claims: readonly ReportClaim[]
  readonly sources: readonly ReportSource[]
  readonly entities: readonly ReportEntity[]
}

/**
 * The href a rendering may put on `text`: the URL normalised by the URL parser with characters
 * that could end an attribute or a Markdown link destination percent-encoded, or null when it
 * is not an http, https or mailto URL.
 */
export function safeHref(text: string): string | null {
  const trimmed = text.trim()
  if (trimmed === '' || !isSafeLink(trimmed)) return null
  return new URL(trimmed).href.replace(/[\s"'<>()`\\]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`)
}

function linkOf(text: string): ReportLink | null {
  return text.trim() === '' ? null : { text, href: safeHref(text) }
}

/** Characters that end a sentence when followed by a space, a line break or the end of the text. */
const SENTENCE_END = /[.!?…]/
/** Characters that may close a sentence after its final mark (quotes, brackets). */
const CLOSERS = /[»”"’')\]]/
/**
 * When a sentence ends at `i` (a final mark, then white space and closing quotes, then the end,
 * a line break or a word that does not start in lower case: "« Non ! » dit-il" goes on), the
 * index after its mark and closing quotes; else null.
 */
function sentenceEndAt(text: string, i: number): number | null {
  if (!SENTENCE_END.test(text[i])) return null
  let k = i + 1
  while (k < text.length && SENTENCE_END.test(text[k])) k += 1
  let close = k
  let spaced = false
  while (k < text.length && (CLOSERS.test(text[k]) || /[^\S\n]/.test(text[k]))) {
    if (CLOSERS.test(text[k])) close = k + 1
    else spaced = true
    k += 1
  }
  if (k >= text.length || text[k] === '\n') return close
  return spaced && !/\p{Ll}/u.test(text[k]) ? close : null
}

/** The most text shown on either side of a quote when its sentence is very long. */
const MAX_CONTEXT = 300

/**
 * The sentence of `text` around [start, end): from the end of the previous sentence (a `.`, `!`,
 * `?` or `…` followed by white space, or a line break) to the end of this one, its final mark
 * and closing quotes included; cut to {@link MAX_CONTEXT} characters on either side with an
 * ellipsis.
 */
export function quoteInSentence(text: string, start: number, end: number): QuoteInSentence {
  let from = 0
  for (let i = start - 1; i >= 0; i -= 1) {
    if (text[i] === '\n') {
      from = i + 1
      break
    }
    const after = sentenceEndAt(text, i)
    if (after !== null && after <= start) {
      from = after
      break
    }
  }
  while (from < start && /\s/.test(text[from])) from += 1
  let to = text.length
  for (let i = end; i < text.length; i += 1) {
    if (text[i] === '\n') {
      to = i
      break
    }
    const after = sentenceEndAt(text, i)
    if (after !== null) {
      to = after
      break
    }
  }
  let before = text.slice(from, start)
  let after = text.slice(end, to).replace(/\s+$/, '')
  if (before.length > MAX_CONTEXT) before = `…${before.slice(before.length - MAX_CONTEXT).replace(/^\S*\s/, '')}`
  if (after.length > MAX_CONTEXT) after = `${after.slice(0, MAX_CONTEXT).replace(/\s\S*$/, '')}…`
  return { before, quote: text.slice(start, end), after }
}

const byPosition = <T extends { target: { position: { start: number; end: number } } }>(a: T, b: T): number =>
  a.target.position.start - b.target.position.start || b.target.position.end - a.target.position.end

/** The report of `input`, computed once. */
export function buildReportModel(input: ExportInput): ReportModel {
  const words = reportWordsFor(input.language)
  const { labels } = input
  const locale = words.locale
  const number = numberFormatFor(locale)
  const date = calendarDateFormatFor(locale)
  const props = input.properties

  const allClaims = input.tags.filter((tag): tag is ClaimTag => tag.kind === 'claim').sort(byPosition)
  const chosen = input.claimIds ? allClaims.filter((claim) => input.claimIds?.has(claim.id)) : allClaims
  const claimNumber = new Map(chosen.map((claim, i) => [claim.id, i + 1]))

  // Entities: a root tag (its first mention) and its other mentions; a mention whose root is gone is its own root.
  const entityTags = input.tags.filter((tag): tag is EntityTag => tag.kind === 'entity')
  const entityById = new Map(entityTags.map((tag) => [tag.id, tag]))
  const rootOf = (id: string): EntityTag | null => {
    const tag = entityById.get(id)
    if (!tag) return null
    const root = tag.entity.mentionOf ? entityById.get(tag.entity.mentionOf) : undefined
    return root ?? tag
  }
  const entityName = (root: EntityTag): string => root.entity.canonicalName.trim() || root.target.quote.exact

  // Sources: tags in the text (text order), then outside sources (by title).
  const sourceTags = input.tags.filter((tag): tag is SourceTag => tag.kind === 'source').sort(byPosition)
  const outside = [...input.outsideSources].sort((a, b) => a.title.localeCompare(b.title, locale))
  const allSources: { id: string; title: string; inText: boolean; fields: SourceFields }[] = [
    ...sourceTags.map((tag) => ({ id: tag.id, title: tag.target.quote.exact, inText: true, fields: tag.source })),
    ...outside.map((source) => ({ id: source.id, title: source.title, inText: false, fields: source.source }))
  ]
  const linkedSourceIds = new Set(chosen.flatMap((claim) => claim.claim.sources.map((link) => link.sourceId)))
  const listedSources = input.claimIds ? allSources.filter((source) => linkedSourceIds.has(source.id)) : allSources
  const sourceNumber = new Map(listedSources.map((source, i) => [source.id, i + 1]))
  const sourceById = new Map(allSources.map((source) => [source.id, source]))

  const claimEntityRoots = (claim: ClaimTag): EntityTag[] => {
    const ids = [...claim.claim.entities, ...(claim.claim.speakerId ? [claim.claim.speakerId] : [])]
    return ids.map(rootOf).filter((root): root is EntityTag => root !== null)
  }
  const roots = [...new Map(entityTags.map((tag) => rootOf(tag.id)).filter((r): r is EntityTag => r !== null).map((r) => [r.id, r])).values()]
  const linkedRootIds = new Set(chosen.flatMap((claim) => claimEntityRoots(claim).map((root) => root.id)))
  const listedRoots = (input.claimIds ? roots.filter((root) => linkedRootIds.has(root.id)) : roots).sort(
    (a, b) => entityName(a).localeCompare(entityName(b), locale) || byPosition(a, b)
  )
  const entityAnchor = new Map(listedRoots.map((root, i) => [root.id, `entity-${i + 1}`]))

  const claims: ReportClaim[] = chosen.map((claim, i) => {
    const c = claim.claim
    const speakerRoot = c.speakerId ? rootOf(c.speakerId) : null
    return {
      id: claim.id,
      number: i + 1,
      anchor: `claim-${i + 1}`,
      text: c.claimReviewed.trim() || claim.target.quote.exact,
      verdict: c.verdict,
      verdictLabel: labels.verdicts[c.verdict],
      statusLabel: labels.claimStatuses[c.status],
      claimDate: c.claimDate ? date(c.claimDate) : '',
      inSentence: quoteInSentence(input.text, claim.target.position.start, claim.target.position.end),
      rationale: c.rationale,
      note: claim.note,
      sources: c.sources.map((link) => {
        const source = sourceById.get(link.sourceId)
        return source
          ? { number: sourceNumber.get(source.id) ?? null, title: source.title, link: linkOf(source.fields.url), relation: labels.relations[link.relation] }
          : { number: null, title: words.claim.missingSource({ id: link.sourceId }), link: null, relation: labels.relations[link.relation] }
      }),
      entities: c.entities.map((id) => {
        const root = rootOf(id)
        return root
          ? { anchor: entityAnchor.get(root.id) ?? null, name: entityName(root), typeLabel: labels.entityTypes[root.entity.entityType] }
          : { anchor: null, name: words.claim.missingEntity({ id }), typeLabel: '' }
      }),
      speaker: c.speakerId
        ? speakerRoot
          ? { anchor: entityAnchor.get(speakerRoot.id) ?? null, name: entityName(speakerRoot) }
          : { anchor: null, name: words.claim.missingEntity({ id: c.speakerId }) }
        : null,
      author: claim.createdBy.name
    }
  })

  const sources: ReportSource[] = listedSources.map((source, i) => ({
    id: source.id,
    number: i + 1,
    anchor: `source-${i + 1}`,
    title: source.title,
    inText: source.inText,
    typeLabel: labels.sourceTypes[source.fields.sourceType],
    publisher: source.fields.publisher,
    link: linkOf(source.fields.url),
    publishedOn: source.fields.publishedOn ? date(source.fields.publishedOn) : '',
    accessedOn: source.fields.accessedOn ? date(source.fields.accessedOn) : '',
    reliability: source.fields.reliability,
    claims: chosen.filter((claim) => claim.claim.sources.some((link) => link.sourceId === source.id)).map((claim) => claimNumber.get(claim.id) ?? 0)
  }))

  const entities: ReportEntity[] = listedRoots.map((root, i) => {
    const mentions = entityTags.filter((tag) => rootOf(tag.id)?.id === root.id).length
    return {
      id: root.id,
      anchor: `entity-${i + 1}`,
      name: entityName(root),
      typeLabel: labels.entityTypes[root.entity.entityType],
      mentions,
      mentionsText: number(mentions),
      aliases: root.entity.aliases.filter((alias) => alias.trim() !== ''),
      externalId: root.entity.externalId,
      claims: chosen.filter((claim) => claimEntityRoots(claim).some((r) => r.id === root.id)).map((claim) => claimNumber.get(claim.id) ?? 0)
    }
  })

  const byVerdict = VERDICTS.map((verdict) => {
    const count = chosen.filter((claim) => claim.claim.verdict === verdict).length
    return { verdict, label: labels.verdicts[verdict], count, countText: number(count) }
  }).filter((row) => row.count > 0)

  const properties: ReportProperty[] = PROPERTY_NAMES.map((name) => {
    const raw = props[name].trim()
    const isUrl = name === 'url' || name === 'reviewUrl' || name === 'organisationUrl'
    let value = raw
    if (name === 'datePublished' && raw) value = date(raw)
    if (name === 'language' && raw) value = words.languages[raw.toLowerCase().split('-')[0]] ?? raw
    return { name, label: words.properties[name], value, link: isUrl ? linkOf(raw) : null }
  })

  const now = new Date(input.now)
  return {
    language: input.language,
    words,
    title: props.headline.trim() ? words.titleOf({ headline: props.headline.trim() }) : words.title,
    madeBy: words.madeBy({ date: Number.isNaN(now.getTime()) ? input.now : date(input.now), name: input.annotator.name }),
    properties,
    summary: {
      byVerdict,
      total: chosen.length,
      totalText: number(chosen.length),
      chosen: input.claimIds ? words.summary.chosen({ shown: number(chosen.length), total: number(allClaims.length) }) : null,
      signedOff: null
    },
    claims,
    sources,
    entities
  }
}

/** The claim numbers as the report writes them: "Claim 1, Claim 3". */
export function claimRefs(model: ReportModel, numbers: readonly number[]): string[] {
  const number = numberFormatFor(model.words.locale)
  return numbers.map((n) => model.words.claimRef({ number: number(n) }))
}

