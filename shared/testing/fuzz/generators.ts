/**
 * Input generators for the fuzz campaigns: realistic and hostile article files (bytes, plain
 * text, Markdown, HTML), sidecar JSON, and tag targets to re-attach.
 *
 * Every generator is a pure function of a seeded {@link Random} and a {@link FuzzCorpus} (the real
 * sample article, read by the caller: this module reads no files), so an input is rebuilt exactly
 * from its seed. Sizes are bounded so that a campaign of thousands of inputs stays quick; the
 * rare large inputs (long lines, thousands of blank lines, deep nesting) are there on purpose.
 */
import { describeRange } from '../../anchoring/anchor'
import type { ArticleFormat } from '../../ipc'
import { buildSidecar, type Sidecar } from '../../sidecar'
import { createTag, TAG_KINDS, type Tag, type TagTarget } from '../../model/tag'
import type { Random } from './random'

/** Real text the generators mutate and draw words from. */
export interface FuzzCorpus {
  /** The bundled sample article, as read from disk. */
  readonly sample: string
}

/** An article file's text and the format it is opened as. */
export interface ArticleInput {
  format: ArticleFormat
  text: string
}

/** A tag target to re-attach in a text, with the options anchorTarget is called with. */
export interface AnchorInput {
  text: string
  target: TagTarget
  /** Review threshold passed to anchorTarget, or undefined for its default. */
  reviewThreshold?: number
  /** Whether the caller shares a precomputed normalizeWithMap(text) with anchorTarget. */
  shareNormalized: boolean
}

// ---------------------------------------------------------------------------------------------
// Characters

const COMBINING = ['\u0301', '\u0300', '\u0327', '\u0308', '\u0338', '\u20dd', '\u0489', '\u036f', '\u0f7a', '\u05b4']
const ASTRAL = ['😀', '👩‍👩‍👧', '🇫🇷', '𝕏', '𠜎', '\u{1f3fd}', '\u{e0001}', '\u{10ffff}', '\u{1d11e}', '🏳️‍🌈']
const LONE_SURROGATES = ['\ud800', '\udbff', '\udc00', '\udfff', '\ud83d']
const BIDI = ['\u200e', '\u200f', '\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069', '\u061c']
const SPACES = [
  '\u00a0', '\u202f', '\u2009', '\u2007', '\u3000', '\u1680', '\u205f', '\u200a', ' ', '\t', '\u000b', '\u000c',
  '\u0085', '\u2028', '\u2029'
]
const TYPOGRAPHY = [
  '«', '»', '« ', ' »', '«\u202f', '\u202f»', '’', '‘', '“', '”', '„', '‹', '›', '…', '–', '—', '\u2011', '\u00ad', '\u200b',
  '\u2060', '\ufeff', 'ﬁ', 'ﬂ', 'ﬃ', 'œ', 'Œ', 'æ', 'Æ', 'ß', 'İ', 'ẞ', 'Σ', 'ς', 'ǅ', 'ŉ', '\u0130'
]
const RTL_WORDS = ['שלום', 'مرحبا', 'עברית', 'العربية', 'ܫܠܡܐ', 'ދިވެހި']
const CONTROL_CODES = [
  ...Array.from({ length: 32 }, (_, code) => code),
  0x7f,
  ...Array.from({ length: 32 }, (_, i) => 0x80 + i)
]
const SPECIALS = ['\ufffd', '\ufffe', '\uffff', '\ufdd0', '\u2028', '\u2029', '\ufeff', '\u0000']

const LINE_ENDS = ['\n', '\r\n', '\r']

function controlChar(random: Random): string {
  return String.fromCharCode(random.pick(CONTROL_CODES))
}

/** A code point (or lone code unit) from one of the troublesome families, or a plain one. */
export function randomChar(random: Random): string {
  switch (random.weighted<string>([
    [30, 'ascii'], [8, 'latin'], [4, 'combining'], [4, 'astral'], [3, 'lone'], [3, 'bidi'], [5, 'space'],
    [6, 'typo'], [3, 'control'], [2, 'special'], [3, 'bmp'], [2, 'anyAstral'], [2, 'rtl']
  ])) {
    case 'ascii':
      return String.fromCharCode(random.range(0x20, 0x7e))
    case 'latin':
      return String.fromCharCode(random.range(0xa0, 0x24f))
    case 'combining':
      return random.pick(COMBINING)
    case 'astral':
      return random.pick(ASTRAL)
    case 'lone':
      return random.pick(LONE_SURROGATES)
    case 'bidi':
      return random.pick(BIDI)
    case 'space':
      return random.pick(SPACES)
    case 'typo':
      return random.pick(TYPOGRAPHY)
    case 'control':
      return controlChar(random)
    case 'special':
      return random.pick(SPECIALS)
    case 'bmp':
      // Any code unit, surrogates included.
      return String.fromCharCode(random.int(0x10000))
    case 'anyAstral':
      return String.fromCodePoint(random.range(0x10000, 0x10ffff))
    default:
      return random.pick(RTL_WORDS)
  }
}

function randomString(random: Random, length: number): string {
  let out = ''
  for (let i = 0; i < length; i += 1) out += randomChar(random)
  return out
}

const wordCache = new WeakMap<FuzzCorpus, readonly string[]>()

function wordsOf(corpus: FuzzCorpus): readonly string[] {
  let words = wordCache.get(corpus)
  if (!words) {
    words = corpus.sample.split(/\s+/u).filter((word) => word !== '')
    if (words.length === 0) words = ['mot']
    wordCache.set(corpus, words)
  }
  return words
}

function word(random: Random, corpus: FuzzCorpus): string {
  return random.pick(wordsOf(corpus))
}

/** A run of sample words with, now and then, a troublesome character between or inside them. */
function phrase(random: Random, corpus: FuzzCorpus, words: number): string {
  const parts: string[] = []
  for (let i = 0; i < words; i += 1) {
    let w = word(random, corpus)
    if (random.chance(0.08)) {
      const at = random.int(w.length + 1)
      w = w.slice(0, at) + randomChar(random) + w.slice(at)
    }
    parts.push(w)
  }
  return parts.join(random.chance(0.1) ? random.pick(SPACES) : ' ')
}

// ---------------------------------------------------------------------------------------------
// Plain text

/** One mutation of `text`: insertions, deletions, duplications, substitutions, line-end changes. */
function mutateOnce(random: Random, corpus: FuzzCorpus, text: string): string {
  const at = random.int(text.length + 1)
  const span = Math.min(text.length - at, random.int(200))
  switch (random.int(13)) {
    case 0:
      return text.slice(0, at) + randomString(random, random.range(1, 8)) + text.slice(at)
    case 1:
      return text.slice(0, at) + text.slice(at + span)
    case 2:
      return text.slice(0, at + span) + text.slice(at, at + span) + text.slice(at + span)
    case 3:
      return text.replace(/ /g, () => (random.chance(0.2) ? random.pick(['\u00a0', '\u202f', '\u2009']) : ' '))
    case 4:
      return text.replace(/['’]/g, () => random.pick(["'", '’', '‘', 'ʼ']))
    case 5:
      return text.replace(/\n/g, () => random.pick(LINE_ENDS))
    case 6:
      return text.slice(0, at)
    case 7:
      return text.slice(0, at) + '\n'.repeat(random.range(2, 2000)) + text.slice(at)
    case 8:
      return text.slice(0, at) + text.slice(at, at + span).toUpperCase() + text.slice(at + span)
    case 9:
      return text.slice(0, at) + random.pick(COMBINING).repeat(random.range(1, 300)) + text.slice(at)
    case 10:
      return text.slice(0, at) + random.pick(['x', ' ', '\u00a0', '«', '-', '.']).repeat(random.range(100, 5000)) + text.slice(at)
    case 11: {
      const lines = text.split('\n')
      const i = random.int(lines.length)
      const j = random.int(lines.length)
      ;[lines[i], lines[j]] = [lines[j], lines[i]]
      return lines.join('\n')
    }
    default:
      return text.slice(0, at) + ` ${phrase(random, corpus, random.range(1, 12))} ` + text.slice(at)
  }
}

/** The sample article with a few random mutations. */
export function mutateSample(random: Random, corpus: FuzzCorpus, maxMutations = 6): string {
  let text = corpus.sample
  const count = random.range(0, maxMutations)
  for (let i = 0; i < count; i += 1) text = mutateOnce(random, corpus, text)
  return text
}

function randomLines(random: Random, corpus: FuzzCorpus): string {
  const lines: string[] = []
  const count = random.range(0, 40)
  for (let i = 0; i < count; i += 1) {
    const kind = random.weighted<string>([[5, 'phrase'], [3, 'random'], [3, 'blank'], [1, 'spaces'], [1, 'heading']])
    if (kind === 'phrase') lines.push(phrase(random, corpus, random.range(1, 40)))
    else if (kind === 'random') lines.push(randomString(random, random.range(1, 120)))
    else if (kind === 'blank') lines.push('')
    else if (kind === 'spaces') lines.push(Array.from({ length: random.range(1, 6) }, () => random.pick(SPACES)).join(''))
    else lines.push(phrase(random, corpus, random.range(1, 6)))
  }
  return lines.map((line) => line + (random.chance(0.1) ? ' \t' : '')).join(random.chance(0.7) ? '\n' : random.pick(LINE_ENDS))
}

function edgeText(random: Random, corpus: FuzzCorpus): string {
  switch (random.int(11)) {
    case 0:
      return ''
    case 1:
      return Array.from({ length: random.range(1, 50) }, () => random.pick([...SPACES, '\n', '\r\n', '\ufeff'])).join('')
    case 2:
      return '\ufeff'
    case 3:
      return '\n'.repeat(random.range(1, 10000)) + word(random, corpus) + '\n'.repeat(random.range(0, 10000))
    case 4:
      // A very long line.
      return phrase(random, corpus, random.range(5000, 40000))
    case 5:
      return randomString(random, random.range(1000, 20000))
    case 6:
      return random.pick(['\r', '\r\n', '\n\r']).repeat(random.range(1, 3000)) + 'a\rb\r\nc\n\rd'
    case 7:
      return '\u0000'.repeat(random.range(1, 10)) + word(random, corpus)
    case 8:
      return random.pick(LONE_SURROGATES).repeat(random.range(1, 20))
    case 9:
      return `${word(random, corpus)}\n${'\u0301'.repeat(random.range(1, 5000))}`
    default:
      return Array.from({ length: random.range(1, 200) }, () => word(random, corpus)).join('\n\n')
  }
}

/**
 * A plain-text article: the sample mutated, random lines of mixed scripts and control characters,
 * or an edge case (empty, blank only, a very long line, thousands of blank lines, CR runs, …),
 * sometimes behind byte order marks and with mixed line ends.
 */
export function generateText(random: Random, corpus: FuzzCorpus): string {
  let text = random.weighted<() => string>([
    [35, () => mutateSample(random, corpus)],
    [35, () => randomLines(random, corpus)],
    [10, () => mutateSample(random, corpus, 1) + random.pick(LINE_ENDS).repeat(2) + randomLines(random, corpus)],
    [10, () => edgeText(random, corpus)],
    [10, () => corpus.sample.replace(/\n/g, () => random.pick(LINE_ENDS))]
  ])()
  if (random.chance(0.1)) text = '\ufeff'.repeat(random.range(1, 2)) + text
  if (random.chance(0.05)) text += random.pick(LINE_ENDS).repeat(random.range(1, 500))
  return text
}

// ---------------------------------------------------------------------------------------------
// Markdown

const URLS = [
  'javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'javascript&#58;alert(1)', '&#106;avascript:alert(1)',
  'java%0ascript:alert(1)', 'javascript://%0aalert(1)', ' javascript:alert(1)', '\u0001javascript:alert(1)',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==', 'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)', 'file:///etc/passwd', '//evil.example/x', '/relative/path', '#anchor', '',
  'http://example.com/a?b=c#d', 'https://www.lemonde.fr/international/article/2023/07/27/russie.html',
  'https://exa mple.com', 'mailto:redaction@example.fr', 'http://[::1]:80/', 'https://xn--80ak6aa92e.com',
  'http://a\u202eb.com', 'https://example.com/%00%ff', 'http:example.com', 'HTTPS://EXAMPLE.COM',
  'https://example.com/' + 'a'.repeat(3000), 'javascript\t:alert(1)', 'jav\u0000ascript:alert(1)', 'blob:https://x/y'
]

function mdUrl(random: Random): string {
  const url = random.pick(URLS)
  return random.weighted<string>([[6, url], [1, `<${url}>`], [1, `${url} "titre ${url}"`], [1, `${url} 'x'`], [1, `(${url})`]])
}

function mdInline(random: Random, corpus: FuzzCorpus, budget: number): string {
  const parts: string[] = []
  const count = random.range(1, Math.max(1, budget))
  for (let i = 0; i < count; i += 1) {
    switch (random.weighted<string>([
      [10, 'text'], [2, 'em'], [2, 'strong'], [2, 'unbalanced'], [2, 'code'], [3, 'link'], [2, 'image'],
      [1, 'autolink'], [1, 'ref'], [2, 'entity'], [2, 'escape'], [1, 'break'], [1, 'html'], [2, 'char']
    ])) {
      case 'text':
        parts.push(phrase(random, corpus, random.range(1, 12)))
        break
      case 'em':
        parts.push(`${random.pick(['*', '_'])}${phrase(random, corpus, random.range(1, 4))}${random.pick(['*', '_'])}`)
        break
      case 'strong':
        parts.push(`**${budget > 1 ? mdInline(random, corpus, budget - 1) : word(random, corpus)}**`)
        break
      case 'unbalanced':
        parts.push(random.pick(['*', '**', '***', '_', '__', '~~', '`', '[', ']', '](', '![', '<', '>']).repeat(random.range(1, 30)))
        break
      case 'code':
        parts.push(`${'`'.repeat(random.range(1, 3))}${randomString(random, random.range(0, 20))}${'`'.repeat(random.range(0, 3))}`)
        break
      case 'link':
        parts.push(`[${budget > 1 ? mdInline(random, corpus, budget - 1) : word(random, corpus)}](${mdUrl(random)})`)
        break
      case 'image':
        parts.push(`![${random.chance(0.3) ? '' : phrase(random, corpus, random.range(1, 5))}](${mdUrl(random)})`)
        break
      case 'autolink':
        parts.push(`<${random.pick(URLS)}>`)
        break
      case 'ref':
        parts.push(`[${word(random, corpus)}][${random.pick(['ref', 'x', '', 'REF'])}]`)
        break
      case 'entity':
        parts.push(random.pick(['&amp;', '&#0;', '&#x0;', '&#x110000;', '&#xD800;', '&nbsp;', '&#8239;', '&copy', '&#99999999;', '&notin;', '&ThisIsNotAnEntity;']))
        break
      case 'escape':
        parts.push('\\'.repeat(random.range(1, 9)) + random.pick(['*', '_', '[', '`', '\\', '#', '!', '<', 'a', '\n']))
        break
      case 'break':
        parts.push(random.pick(['  \n', '\\\n', '\n']))
        break
      case 'html':
        parts.push(random.pick(['<span onclick="alert(1)">', '</span>', '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '<!-- c -->', '<a href="javascript:alert(1)">x</a>']))
        break
      default:
        parts.push(randomChar(random))
    }
  }
  return parts.join(random.chance(0.8) ? ' ' : '')
}

function mdBlock(random: Random, corpus: FuzzCorpus, depth: number): string {
  const kind = random.weighted<string>([
    [10, 'paragraph'], [3, 'heading'], [1, 'setext'], [1, 'hugeHeading'], [3, 'list'], [2, 'quote'], [2, 'fence'],
    [1, 'indented'], [1, 'table'], [1, 'html'], [1, 'hr'], [1, 'refdef'], [1, 'blank']
  ])
  switch (kind) {
    case 'paragraph':
      return mdInline(random, corpus, 6)
    case 'heading':
      return `${'#'.repeat(random.range(1, 8))}${random.pick([' ', '', '\t'])}${mdInline(random, corpus, 3)}${random.chance(0.2) ? ' ###' : ''}`
    case 'setext':
      return `${mdInline(random, corpus, 3)}\n${random.pick(['=', '-']).repeat(random.range(1, 20))}`
    case 'hugeHeading':
      return `# ${phrase(random, corpus, random.range(500, 3000))}`
    case 'list': {
      const ordered = random.chance(0.4)
      const start = random.pick(['1', '0', '7', '999999999', '1234567890', '00001'])
      const items = random.range(1, 6)
      const lines: string[] = []
      for (let i = 0; i < items; i += 1) {
        const marker = ordered ? `${i === 0 ? start : i + 1}${random.pick(['.', ')'])}` : random.pick(['-', '*', '+'])
        const body = depth > 0 && random.chance(0.3) ? mdBlock(random, corpus, depth - 1) : mdInline(random, corpus, 3)
        const pad = ' '.repeat(marker.length + 1)
        lines.push(`${marker} ${body.split('\n').join(`\n${pad}`)}`)
      }
      return lines.join(random.chance(0.8) ? '\n' : '\n\n')
    }
    case 'quote': {
      const inner = depth > 0 ? mdBlock(random, corpus, depth - 1) : mdInline(random, corpus, 3)
      return inner.split('\n').map((line) => `>${random.chance(0.8) ? ' ' : ''}${line}`).join('\n')
    }
    case 'fence': {
      const fence = random.pick(['```', '~~~', '````'])
      const closed = random.chance(0.8)
      return `${fence}${random.pick(['', 'js', 'html', ' weird info ```'])}\n${randomLines(random, corpus)}${closed ? `\n${fence}` : ''}`
    }
    case 'indented':
      return randomLines(random, corpus).split('\n').map((line) => `    ${line}`).join('\n')
    case 'table':
      return `| ${word(random, corpus)} | ${word(random, corpus)} |\n|---|:-:|\n| ${mdInline(random, corpus, 2)} | ${word(random, corpus)} |`
    case 'html':
      return random.pick([
        '<div>\n<script>alert(1)</script>\n</div>', '<!-- commentaire\nnon fermé', '<?php echo 1; ?>', '<![CDATA[ x ]]>',
        '<iframe src="javascript:alert(1)"></iframe>', '<style>body{display:none}</style>', '<details open>\n\n*x*\n\n</details>'
      ])
    case 'hr':
      return random.pick(['---', '***', '___', '- - -', '* * * *'])
    case 'refdef':
      return `[${random.pick(['ref', 'x', 'REF'])}]: ${random.pick(URLS)}${random.chance(0.5) ? ' "titre"' : ''}`
    default:
      return random.pick(['', '   ', '\t', '\u00a0'])
  }
}

function deepMarkdown(random: Random, corpus: FuzzCorpus): string {
  const depth = random.range(10, 160)
  switch (random.int(6)) {
    case 0:
      return `${'>'.repeat(depth)} ${phrase(random, corpus, 5)}\n\n${phrase(random, corpus, 5)}`
    case 1:
      return Array.from({ length: depth }, (_, i) => `${'  '.repeat(i)}- ${word(random, corpus)}`).join('\n')
    case 2:
      return Array.from({ length: depth }, (_, i) => `${'   '.repeat(i)}1. ${word(random, corpus)}`).join('\n')
    case 3:
      return `${'*'.repeat(depth)}${phrase(random, corpus, 3)}${'*'.repeat(random.int(depth))}`
    case 4:
      return `${'['.repeat(depth)}${word(random, corpus)}${'](x)'.repeat(random.int(depth))}`
    default:
      return Array.from({ length: depth }, () => random.pick(['> ', '- ', '1. ', '* '])).join('') + phrase(random, corpus, 4)
  }
}

/** Short Markdown patterns known to make parsers backtrack, repeated thousands of times. */
const MD_REPEATED = [
  '[', '](', '[a](', '*a', '**a', '_a_', '*_', '`', '``a', '<', '<a', '![', '[a]', '[a][', '\\', '&#', '&amp', '> ', '- ', '1. ',
  '- > ', '| a ', '~~~\n', '```\n', '<!--', '<div>', 'a  \n', '    a\n', '#', '[a]: <', '![a](<', '*a**', '***', '__a'
]

/**
 * A Markdown article: random blocks (headings of every size, deep lists and quotes, fences, raw
 * HTML, tables, link reference definitions) with hostile inline syntax (unbalanced emphasis,
 * `javascript:` and `data:` links and images, entities, runs of backslashes), deep nesting past
 * markdown-it's limit, or the sample article with Markdown sprinkled in.
 */
export function generateMarkdown(random: Random, corpus: FuzzCorpus): string {
  const text = random.weighted<() => string>([
    [60, () => Array.from({ length: random.range(1, 12) }, () => mdBlock(random, corpus, 4)).join(random.chance(0.85) ? '\n\n' : '\n')],
    [10, () => deepMarkdown(random, corpus)],
    [5, () => random.pick(MD_REPEATED).repeat(random.range(500, 20_000)) + (random.chance(0.5) ? phrase(random, corpus, 3) : '')],
    [15, () => mutateSample(random, corpus, 3).replace(/ (\S+) /g, (match, w: string) => (random.chance(0.05) ? ` ${random.pick(['*', '**', '_', '`', '[', '\\'])}${w}${random.pick(['*', '**', '_', '`', '](javascript:alert(1))', ''])} ` : match))],
    [15, () => generateText(random, corpus)]
  ])()
  return random.chance(0.1) ? text.replace(/\n/g, '\r\n') : text
}

// ---------------------------------------------------------------------------------------------
// HTML

const HREFS = [
  'javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'java&#x09;script:alert(1)', 'java\tscript:alert(1)', 'java\nscript:alert(1)',
  'java&#10;script:alert(1)', '&#106;avascript:alert(1)', '&#0000106;avascript:alert(1)', '&#x6A;&#x61;&#x76;&#x61;script:alert(1)',
  'javascript&colon;alert(1)', 'jav&Tab;ascript:alert(1)', '  javascript:alert(1)', '&#1;javascript:alert(1)', '\u0001javascript:alert(1)',
  'data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;', 'vbscript:msgbox(1)', 'file:///etc/passwd', '/relatif', '#haut', '',
  'https://www.example.fr/article?x=1&amp;y=2', 'http://example.com', 'mailto:a@b.fr', 'https://exa mple.com',
  'https://example.com/\u202e', 'HTTPS://EXAMPLE.COM/', 'http:example.com', 'javascript:alert(1)//http://x'
]

const EVENT_ATTRS = ['onerror="alert(1)"', 'onclick=alert(1)', 'onload="alert(1)"', 'onmouseover=alert`1`', 'ONERROR=alert(1)', 'onfocus=alert(1) autofocus']
const OTHER_ATTRS = [
  'style="background:url(javascript:alert(1))"', 'data-x="1"', 'id="__proto__"', 'name="attributes"', 'name="nodeName"', 'id="body"',
  'class="article"', 'title="t"', 'lang="fr"', 'dir="rtl"', 'hidden', 'contenteditable', 'srcset="x 1x"', 'xmlns="http://www.w3.org/2000/svg"',
  'is="x-y"', 'start="4"', 'start="-5"', 'start="abc"', 'start="1e309"', 'start="99999999999999999999"', 'alt="texte alternatif"'
]

function htmlAttrs(random: Random): string {
  const attrs: string[] = []
  const count = random.int(3)
  for (let i = 0; i < count; i += 1) {
    attrs.push(random.weighted<string>([[2, random.pick(EVENT_ATTRS)], [3, random.pick(OTHER_ATTRS)], [2, `href="${random.pick(HREFS)}"`]]))
  }
  return attrs.length ? ` ${attrs.join(' ')}` : ''
}

const ENTITY_SOUP = [
  '&amp;', '&lt;', '&gt;', '&quot;', '&nbsp;', '&#160;', '&#8239;', '&#0;', '&#x0;', '&#xD800;', '&#x110000;', '&#128;', '&#13;',
  '&notin;', '&noti;', '&amp', '&lt', '&#9999999999;', '&#x;', '&#;', '&AElig', '&laquo;', '&raquo;', '&rsquo;', '&hellip;', '&shy;'
]

function htmlText(random: Random, corpus: FuzzCorpus): string {
  return random.weighted<() => string>([
    [6, () => phrase(random, corpus, random.range(1, 15))],
    [2, () => Array.from({ length: random.range(1, 10) }, () => random.pick(ENTITY_SOUP)).join(random.chance(0.5) ? '' : ' ')],
    [1, () => randomString(random, random.range(1, 20))],
    [1, () => random.pick(['<', '>', '&', '</', '<!', '<?', '<3', 'a < b > c', ' \n\t '])]
  ])()
}

const CONTAINERS = [
  'p', 'div', 'span', 'h1', 'h2', 'h3', 'h6', 'h7', 'ul', 'ol', 'li', 'blockquote', 'em', 'i', 'strong', 'b', 'a', 'pre', 'code',
  'table', 'tr', 'td', 'section', 'article', 'header', 'footer', 'nav', 'aside', 'figure', 'figcaption', 'font', 'center', 'u', 's',
  'sup', 'sub', 'small', 'mark', 'q', 'cite', 'abbr', 'details', 'summary', 'dialog', 'x-custom', 'label', 'dl', 'dt', 'dd', 'body', 'html'
]
const DANGEROUS = [
  'script', 'style', 'iframe', 'svg', 'math', 'template', 'form', 'noscript', 'object', 'embed', 'textarea', 'select', 'button',
  'xmp', 'noembed', 'noframes', 'title', 'head', 'video', 'audio', 'canvas', 'picture', 'slot', 'frameset', 'plaintext'
]

function htmlSpecial(random: Random, corpus: FuzzCorpus): string {
  return random.pick([
    '<script>alert(1)</script>', '<script src="x.js"></script>', '<SCRIPT>alert(1)</SCRIPT >', '<scr<script>ipt>alert(1)</script>',
    '<style>*{display:none}</style>', '<iframe src="javascript:alert(1)"></iframe>', '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
    '<svg onload=alert(1)><script>alert(1)</script><a xlink:href="javascript:alert(1)"><text>svg</text></a><foreignObject><p>fo</p></foreignObject></svg>',
    '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext><annotation-xml encoding="text/html"><p>m</p></annotation-xml></math>',
    '<template><p>gabarit</p><script>alert(1)</script></template>', '<form action="javascript:alert(1)"><input value="x"><button formaction="javascript:alert(1)">ok</button></form>',
    '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">', '<base href="javascript:alert(1)//">', '<link rel="stylesheet" href="x.css">',
    `<img src=x onerror="alert(1)" alt="${word(random, corpus)}">`, '<img src="x" alt="">', '<img alt=" \u00a0 ">', '<img onerror=alert(1) src=/>',
    '<object data="javascript:alert(1)">objet</object>', '<embed src="x.swf">', '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>',
    '<textarea></textarea><script>alert(1)</script></textarea>', '<select><option>choix</option></select>', '<xmp><script>alert(1)</script></xmp>',
    '<video><source onerror="alert(1)"></video>', '<audio src=x onerror=alert(1)>', '<!-- <script>alert(1)</script> -->', '<!--->', '<!-->',
    '<!-- non fermé', '<![CDATA[ <script>alert(1)</script> ]]>', '<?xml version="1.0"?>', '<!DOCTYPE html>', '</ x>', '</p></li></ul></div>',
    '<b><i>croisé</b></i>', '<p><div>bloc dans p</p></div>', '<a href="https://a.fr"><a href="https://b.fr">imbriqué</a></a>', '<li>hors liste</li>',
    '<table><p>dans table</p><tr><td>cellule</td></tr></table>', '<br/><br><br >', '<p>&nbsp;</p>', '<p> \n </p>', '<h1></h1>', '<ol start="-3"><li>a</li></ol>',
    '<plaintext><p>tout le reste est du texte', '<frameset><frame src="x"></frameset>', '<a href=" https://example.com ">espaces</a>',
    '<dialog open><p>boîte</p></dialog>', '<details><summary>résumé</summary>détails</details>', '<x-foo onclick="alert(1)">perso</x-foo>'
  ])
}

function htmlNode(random: Random, corpus: FuzzCorpus, depth: number): string {
  const kind = random.weighted<string>([[8, 'text'], [8, 'element'], [3, 'special'], [1, 'dangerous'], [1, 'broken']])
  if (kind === 'text' || depth <= 0) return htmlText(random, corpus)
  if (kind === 'special') return htmlSpecial(random, corpus)
  const tag = kind === 'dangerous' ? random.pick(DANGEROUS) : random.pick(CONTAINERS)
  const casedTag = random.chance(0.1) ? tag.toUpperCase() : tag
  const children = Array.from({ length: random.range(0, 4) }, () => htmlNode(random, corpus, depth - 1)).join(random.chance(0.7) ? '' : '\n')
  const close = kind === 'broken' ? random.pick(['', `</${random.pick(CONTAINERS)}>`, `</${tag}`]) : `</${casedTag}>`
  return `<${casedTag}${htmlAttrs(random)}>${children}${close}`
}

/**
 * Short HTML patterns repeated up to thousands of times (misnested formatting, open tables and
 * lists), each with the element depth one repetition adds, so that repetition stays within
 * {@link MAX_HTML_DEPTH}.
 */
const HTML_REPEATED: readonly (readonly [string, number])[] = [
  ['<a>', 0], ['<b>', 1], ['<b><i>', 2], ['<p>', 0], ['<li>', 0], ['<table>', 0], ['<td>', 0], ['<tr><td>', 0], ['<ul>', 1],
  ['<blockquote>', 1], ['<br>', 0], ['&', 0], ['&amp;', 0], ['<!--', 0], ['</b>', 0], ['<a href="https://x.fr">', 0],
  ['<em><strong>', 2], ['<select>', 0], ['<font><p>', 2], ['<b></p>', 2], ['<h1>', 0], ['<div></span>', 1], ['<svg>', 1]
]

function repeatedHtml(random: Random): string {
  const [pattern, depth] = random.pick(HTML_REPEATED)
  const most = depth === 0 ? 3000 : Math.floor(MAX_HTML_DEPTH / depth)
  return pattern.repeat(random.range(Math.min(200, most), most))
}

/** Deepest element nesting generated; Chromium's HTML parser stops nesting at 512 levels. */
export const MAX_HTML_DEPTH = 500

/**
 * An HTML article: a random tree over a grammar of article tags and active content (script, style,
 * iframe, svg, math, template, form, meta refresh, img onerror, links with obfuscated
 * `javascript:` hrefs), broken nesting, unclosed tags, comments, CDATA, entity soup, deep element
 * chains and patterns repeated thousands of times (nesting at most {@link MAX_HTML_DEPTH}, which
 * the random trees stay far below), or the sample article wrapped in paragraphs.
 */
export function generateHtml(random: Random, corpus: FuzzCorpus): string {
  const body = random.weighted<() => string>([
    [55, () => Array.from({ length: random.range(1, 10) }, () => htmlNode(random, corpus, 5)).join(random.chance(0.5) ? '\n' : '')],
    [8, () => {
      const depth = random.range(20, MAX_HTML_DEPTH)
      const tag = random.pick(['div', 'span', 'blockquote', 'ul', 'li', 'b', 'section', 'p'])
      return `<${tag}>`.repeat(depth) + phrase(random, corpus, 5) + (random.chance(0.5) ? `</${tag}>`.repeat(depth) : '')
    }],
    [15, () => mutateSample(random, corpus, 2).split(/\n+/).map((para) => `<p${htmlAttrs(random)}>${para}</p>`).join('\n')],
    [7, () => Array.from({ length: random.range(1, 200) }, () => random.pick(ENTITY_SOUP)).join('')],
    [4, () => `${repeatedHtml(random)}${phrase(random, corpus, 4)}`],
    [15, () => generateText(random, corpus)]
  ])()
  if (random.chance(0.3)) {
    const head = random.chance(0.5) ? `<head><title>${word(random, corpus)}</title>${htmlSpecial(random, corpus)}</head>` : ''
    return `<!DOCTYPE html><html>${head}<body${htmlAttrs(random)}>${body}</body></html>`
  }
  return body
}

// ---------------------------------------------------------------------------------------------
// Sidecar JSON

const HEX = '0123456789abcdef'

function hex64(random: Random): string {
  let out = ''
  for (let i = 0; i < 64; i += 1) out += HEX[random.int(16)]
  return out
}

function isoTime(random: Random): string {
  const ms = Date.UTC(2020, 0, 1) + random.int(5 * 365 * 24 * 3600) * 1000
  return new Date(ms).toISOString()
}

function validTags(random: Random, corpus: FuzzCorpus, text: string, count: number): Tag[] {
  const tags: Tag[] = []
  if (text.length < 2) return tags
  for (let i = 0; i < count; i += 1) {
    const start = random.int(text.length - 1)
    const end = Math.min(text.length, start + random.range(1, 80))
    if (text.slice(start, end).trim() === '') continue
    tags.push(createTag({
      id: `t${i}-${random.next().toString(36)}`,
      kind: random.pick(TAG_KINDS),
      target: describeRange(text, start, end),
      author: { annotatorId: 'camille', name: random.chance(0.9) ? 'Camille Martin' : phrase(random, corpus, 2) },
      now: isoTime(random)
    }))
  }
  return tags
}

function sampleDocJson(random: Random, corpus: FuzzCorpus): Record<string, unknown> {
  return {
    type: 'doc',
    content: Array.from({ length: random.range(1, 4) }, () => ({
      type: random.pick(['paragraph', 'heading']),
      content: [{ type: 'text', text: phrase(random, corpus, random.range(1, 20)) }]
    }))
  }
}

/** A valid sidecar over the sample article, built with the app's own functions. */
export function generateValidSidecar(random: Random, corpus: FuzzCorpus): Sidecar {
  const text = random.chance(0.8) ? corpus.sample : generateText(random, corpus)
  return buildSidecar({
    article: { fileName: random.pick(['article.txt', 'russie-coree-du-nord.fr.txt', 'é t é.md', 'x']), sha256: hex64(random), textLength: text.length },
    annotator: { id: random.next().toString(16), name: random.chance(0.8) ? 'Camille Martin' : phrase(random, corpus, 3) },
    tags: validTags(random, corpus, text, random.weighted([[6, random.range(0, 10)], [3, random.range(10, 60)], [1, random.range(200, 600)]])),
    editedText: random.chance(0.7) ? null : { baseSha256: hex64(random), doc: sampleDocJson(random, corpus) },
    now: isoTime(random)
  })
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }

/** Deepest path {@link pathsOf} descends to: a sidecar's own fields are no deeper. */
const MAX_MUTATION_DEPTH = 8

/** Paths (keys and indices) of the values in `value` down to MAX_MUTATION_DEPTH, containers included. */
function pathsOf(value: Json, prefix: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(prefix)
  if (prefix.length >= MAX_MUTATION_DEPTH) return out
  if (Array.isArray(value)) value.forEach((item, i) => pathsOf(item, [...prefix, i], out))
  else if (value !== null && typeof value === 'object') for (const key of Object.keys(value)) pathsOf(value[key], [...prefix, key], out)
  return out
}

function getAt(root: Json, path: readonly (string | number)[]): Json {
  let value = root
  for (const key of path) {
    if (Array.isArray(value) && typeof key === 'number') value = value[key]
    else if (value !== null && typeof value === 'object' && !Array.isArray(value) && typeof key === 'string') value = value[key]
    else return null
  }
  return value
}

/** Defines an own, enumerable property even for `__proto__`, so JSON.stringify writes it. */
function defineKey(object: { [key: string]: Json }, key: string, value: Json): void {
  Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true })
}

function randomJsonValue(random: Random, corpus: FuzzCorpus, depth = 2): Json {
  switch (random.int(depth > 0 ? 10 : 8)) {
    case 0:
      return null
    case 1:
      return random.chance(0.5)
    case 2:
      return random.pick([0, -1, 1.5, 2 ** 53 + 2, -(2 ** 31), 1e308, -1e308, 5e-324, 1e21, -0])
    case 3:
      return random.pick(['', ' ', '1', 'NaN', 'Infinity', '-0', 'null', 'true', '__proto__', 'constructor'])
    case 4:
      return randomString(random, random.range(0, 30))
    case 5:
      return phrase(random, corpus, random.range(1, 5))
    case 6:
      return random.pick(['2023-07-27T10:00:00Z', '2023-13-45T99:00:00Z', '2023-07-27', 'yesterday', '2023-07-27T10:00:00', '2023-07-27T10:00:00+25:00'])
    case 7:
      return 'x'.repeat(random.pick([63, 64, 65, 200, 201, 2048, 2049, 20_000, 20_001]))
    case 8:
      return Array.from({ length: random.range(0, 3) }, () => randomJsonValue(random, corpus, depth - 1))
    default: {
      const object: { [key: string]: Json } = {}
      for (let i = 0, n = random.range(0, 3); i < n; i += 1) defineKey(object, random.pick(['a', 'type', 'content', '__proto__', 'constructor', 'prototype']), randomJsonValue(random, corpus, depth - 1))
      return object
    }
  }
}

/** Stands for deeply nested JSON until the sidecar is written as text; see expandDeepMarkers. */
const DEEP_MARKER = 'FUZZ-DEEP-NESTING'

/** Replaces each `"FUZZ-DEEP-NESTING:<array|object>:<depth>"` string with JSON nested that deep. */
function expandDeepMarkers(text: string): string {
  return text.replace(new RegExp(`"${DEEP_MARKER}:(array|object):(\\d+)"`, 'g'), (_match, kind: string, depth: string) => {
    const n = Number(depth)
    return kind === 'array' ? `${'['.repeat(n)}"x"${']'.repeat(n)}` : `${'{"content":'.repeat(n)}"x"${'}'.repeat(n)}`
  })
}

const FIELD_NAMES = [
  'schemaVersion', 'app', 'article', 'annotator', 'savedAt', 'editedText', 'tags', 'id', 'kind', 'target', 'position', 'quote',
  'start', 'end', 'exact', 'prefix', 'suffix', 'note', 'createdBy', 'createdAt', 'updatedBy', 'updatedAt', 'claim', 'verdict',
  'status', 'source', 'url', 'sourceType', 'entity', 'entityType', 'sha256', 'textLength', 'fileName', 'doc', 'baseSha256'
]

/** One structural mutation of parsed sidecar data, in place. */
function mutateSidecarData(random: Random, corpus: FuzzCorpus, root: { [key: string]: Json }): void {
  const paths = pathsOf(root).filter((path) => path.length > 0)
  const path = random.pick(paths)
  const parent = getAt(root, path.slice(0, -1))
  const key = path[path.length - 1]
  const setValue = (value: Json): void => {
    if (Array.isArray(parent) && typeof key === 'number') parent[key] = value
    else if (parent !== null && typeof parent === 'object' && !Array.isArray(parent) && typeof key === 'string') defineKey(parent, key, value)
  }
  const tags = root.tags
  switch (random.int(14)) {
    case 0:
      if (Array.isArray(parent) && typeof key === 'number') parent.splice(key, 1)
      else if (parent !== null && typeof parent === 'object' && !Array.isArray(parent) && typeof key === 'string') delete parent[key]
      return
    case 1:
      if (parent !== null && typeof parent === 'object' && !Array.isArray(parent) && typeof key === 'string') {
        const value = parent[key]
        delete parent[key]
        defineKey(parent, random.pick([`${key}_`, key.toUpperCase(), ` ${key}`, random.pick(FIELD_NAMES)]), value)
      }
      return
    case 2:
      setValue(randomJsonValue(random, corpus))
      return
    case 3:
      setValue(random.pick([1e308, -1e308, 2 ** 53 + 2, Number.MAX_SAFE_INTEGER, -1, -0, 0.5, 1e21, 4294967296]))
      return
    case 4: {
      // Positions: negative, reversed, equal, fractional, huge, NaN-like strings.
      if (!Array.isArray(tags) || tags.length === 0) return
      const position = getAt(tags, [random.int(tags.length), 'target', 'position'])
      if (position === null || typeof position !== 'object' || Array.isArray(position)) return
      const bad: Json[] = [-1, -0, 0, 1.5, 1e308, 2 ** 53 + 2, 'NaN', null, '3', Number.MAX_SAFE_INTEGER]
      defineKey(position, random.pick(['start', 'end']), random.pick(bad))
      if (random.chance(0.3)) {
        const start = position.start
        position.start = position.end
        position.end = start
      }
      return
    }
    case 5:
      if (Array.isArray(tags) && tags.length > 0) tags.push(JSON.parse(JSON.stringify(tags[random.int(tags.length)])) as Json)
      return
    case 6:
      root.schemaVersion = random.pick<Json>([0, 2, '1', 1.5, -1, 1e308, null, 1, 99, '2'])
      return
    case 7: {
      const target = random.pick([root, parent]) ?? root
      if (target !== null && typeof target === 'object' && !Array.isArray(target)) {
        defineKey(target, random.pick(['__proto__', 'constructor', 'prototype', 'hasOwnProperty', 'toString']), random.chance(0.5) ? { polluted: true, schemaVersion: 2 } : randomJsonValue(random, corpus))
      }
      return
    }
    case 8:
      // Deep nesting in the corrected document, which the schema keeps as opaque JSON.
      // Written as text by generateSidecarJson: JSON.stringify itself cannot nest this deep.
      root.editedText = { baseSha256: hex64(random), doc: { type: 'doc', content: `${DEEP_MARKER}:${random.pick(['array', 'object'])}:${random.range(50, 20_000)}` } }
      return
    case 9:
      setValue(randomString(random, random.range(0, 200)))
      return
    case 10:
      if (Array.isArray(tags) && tags.length > 0) {
        const quote = getAt(tags, [random.int(tags.length), 'target', 'quote'])
        if (quote !== null && typeof quote === 'object' && !Array.isArray(quote)) {
          defineKey(quote, random.pick(['exact', 'prefix', 'suffix']), random.pick(['', ' ', '\u0000', phrase(random, corpus, random.range(1, 2000)), randomString(random, 50)]))
        }
      }
      return
    case 11:
      root.app = random.pick<Json>(['Factmark', '', 'factmark ', null, 'hypothesis'])
      return
    case 12:
      if (Array.isArray(tags) && tags.length > 0) {
        const tag = tags[random.int(tags.length)]
        if (tag !== null && typeof tag === 'object' && !Array.isArray(tag)) {
          defineKey(tag, random.pick(['kind', 'id', 'createdAt', 'verdict']), random.pick<Json>(['Claim', 'other', '', 'x'.repeat(65), '\u202e', 'claim', '2023-07-27T10:00:00Z', 1]))
        }
      }
      return
    default:
      root.tags = random.pick<Json>([[], {}, null, 'tags', [null], [[]], [1, 2, 3]])
  }
}

/** One textual mutation of JSON text. */
function mutateJsonText(random: Random, corpus: FuzzCorpus, text: string): string {
  const at = random.int(text.length + 1)
  switch (random.int(9)) {
    case 0:
      return text.slice(0, at)
    case 1:
      return text.slice(0, at) + randomString(random, random.range(1, 5)) + text.slice(at)
    case 2:
      return '\ufeff' + text
    case 3:
      return text + random.pick(['x', '}', ']', '\n\n{}', ',', '\u0000'])
    case 4:
      return text.replace(/-?\d+(\.\d+)?/g, (number) => (random.chance(0.2) ? random.pick(['NaN', 'Infinity', '-Infinity', '1e999', '-0', '0x10', '01', '1e-999', '9'.repeat(400)]) : number))
    case 5:
      return text.replace(/"id":/g, (match) => (random.chance(0.3) ? '"id":"dup","id":' : match))
    case 6:
      return text.replace(/[{,]/, (c) => `${c}"__proto__":{"schemaVersion":2,"polluted":true},`)
    case 7:
      return text.slice(0, at) + text.slice(at + random.int(20))
    default:
      return text.replace(/"/g, () => (random.chance(0.02) ? "'" : '"'))
  }
}

function hostileJson(random: Random, corpus: FuzzCorpus): string {
  switch (random.int(10)) {
    case 0:
      return ''
    case 1:
      return random.pick(['null', '[]', '{}', '"string"', '1', 'true', ' ', '\ufeff{}', '{"schemaVersion":1}', '[{"schemaVersion":1}]'])
    case 2: {
      const depth = random.range(100, 100_000)
      return random.chance(0.5) ? '['.repeat(depth) + ']'.repeat(random.chance(0.7) ? depth : random.int(depth)) : '{"a":'.repeat(depth) + '1' + '}'.repeat(depth)
    }
    case 3:
      return randomString(random, random.range(1, 500))
    case 4:
      return Array.from({ length: random.range(1, 400) }, () => String.fromCharCode(random.int(256))).join('')
    case 5:
      return `{"schemaVersion":${random.pick(['1e999', '-0', '1.0', '0.99999999999999999', '"1"', 'null', '2'])},"app":"factmark"}`
    case 6:
      return `{"__proto__":{"schemaVersion":1,"app":"factmark"},"constructor":{"prototype":{"polluted":true}}}`
    case 7:
      return generateText(random, corpus)
    case 8:
      return JSON.stringify(randomJsonValue(random, corpus, 3))
    default:
      return `{"tags":[${Array.from({ length: random.range(1, 3000) }, () => '{}').join(',')}]}`
  }
}

/**
 * Sidecar JSON text: a valid sidecar built with buildSidecar/createTag/describeRange, then (most
 * of the time) mutated: fields removed, renamed or retyped, huge or negative numbers, reversed
 * positions, duplicate ids, wrong schemaVersion, `__proto__`/`constructor` keys, deep nesting,
 * truncation, junk characters; or hostile text that was never a sidecar.
 */
export function generateSidecarJson(random: Random, corpus: FuzzCorpus): string {
  if (random.chance(0.15)) return hostileJson(random, corpus)
  const data = JSON.parse(JSON.stringify(generateValidSidecar(random, corpus))) as { [key: string]: Json }
  const structural = random.weighted([[3, 0], [4, 1], [2, 2], [1, 4]])
  for (let i = 0; i < structural; i += 1) mutateSidecarData(random, corpus, data)
  let text = expandDeepMarkers(JSON.stringify(data, null, random.pick([undefined, 2, '\t'])))
  const textual = random.weighted([[7, 0], [2, 1], [1, 2]])
  for (let i = 0; i < textual; i += 1) text = mutateJsonText(random, corpus, text)
  return text
}

// ---------------------------------------------------------------------------------------------
// Bytes

const MAGIC = [
  [0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37], [0x50, 0x4b, 0x03, 0x04], [0x50, 0x4b, 0x05, 0x06], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  [0xff, 0xd8, 0xff, 0xe0], [0x47, 0x49, 0x46, 0x38, 0x39, 0x61], [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], [0x1f, 0x8b, 0x08],
  [0x7f, 0x45, 0x4c, 0x46], [0x50, 0x4b], [0x25, 0x50], [0x7b, 0x5c, 0x72, 0x74, 0x66], [0x00, 0x61, 0x73, 0x6d], [0x52, 0x49, 0x46, 0x46]
]
const INVALID_UTF8 = [
  [0x80], [0xbf], [0xc0, 0x80], [0xc1, 0xbf], [0xe0, 0x80, 0x80], [0xed, 0xa0, 0x80], [0xed, 0xbf, 0xbf], [0xf0, 0x80, 0x80, 0x80],
  [0xf4, 0x90, 0x80, 0x80], [0xf5, 0x80, 0x80, 0x80], [0xff], [0xfe], [0xc3], [0xe2, 0x82], [0xf0, 0x9f, 0x98], [0xe9], [0x92]
]

function encodeUtf16(text: string, littleEndian: boolean, bom: boolean): Uint8Array {
  const bytes = new Uint8Array((text.length + (bom ? 1 : 0)) * 2)
  let i = 0
  const put = (unit: number): void => {
    bytes[i++] = littleEndian ? unit & 0xff : unit >> 8
    bytes[i++] = littleEndian ? unit >> 8 : unit & 0xff
  }
  if (bom) put(0xfeff)
  for (let k = 0; k < text.length; k += 1) put(text.charCodeAt(k))
  return bytes
}

function concat(parts: readonly (Uint8Array | readonly number[])[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0))
  let at = 0
  for (const part of parts) {
    out.set(part, at)
    at += part.length
  }
  return out
}

function randomBytes(random: Random, length: number): Uint8Array {
  const bytes = new Uint8Array(length)
  for (let i = 0; i < length; i += 1) bytes[i] = random.int(256)
  return bytes
}

const encoder = new TextEncoder()

/**
 * File bytes for decodeArticleBytes: random bytes, UTF-8 text with invalid sequences inserted
 * (overlong forms, encoded surrogates, code points above U+10FFFF, truncated sequences), UTF-16
 * and UTF-32 with and without byte order marks, binary magic numbers, NUL bytes before and after
 * the 64 KiB sniffed window, control-character noise, Latin-1 text.
 */
export function generateBytes(random: Random, corpus: FuzzCorpus): Uint8Array {
  const text = (): string => (random.chance(0.5) ? mutateSample(random, corpus, 3) : generateText(random, corpus))
  switch (random.weighted<string>([
    [15, 'random'], [20, 'utf8'], [20, 'invalid'], [10, 'utf16'], [3, 'utf32'], [8, 'magic'], [5, 'latin1'], [5, 'late'], [5, 'controls'], [9, 'tiny']
  ])) {
    case 'random':
      return randomBytes(random, random.weighted([[8, random.range(0, 64)], [4, random.range(64, 4096)], [1, random.range(4096, 70_000)]]))
    case 'utf8':
      return concat([random.chance(0.2) ? [0xef, 0xbb, 0xbf] : [], encoder.encode(text())])
    case 'invalid': {
      let bytes: Uint8Array = encoder.encode(text())
      for (let i = 0, n = random.range(1, 4); i < n; i += 1) {
        const at = random.int(bytes.length + 1)
        bytes = concat([bytes.subarray(0, at), random.pick(INVALID_UTF8), bytes.subarray(at)])
      }
      return bytes
    }
    case 'utf16':
      return encodeUtf16(text(), random.chance(0.5), random.chance(0.5))
    case 'utf32':
      return concat([random.pick([[0xff, 0xfe, 0x00, 0x00], [0x00, 0x00, 0xfe, 0xff]]), randomBytes(random, random.range(0, 64))])
    case 'magic':
      return concat([random.pick(MAGIC), random.chance(0.5) ? encoder.encode(text()) : randomBytes(random, random.range(0, 2000))])
    case 'latin1': {
      const source = text()
      return Uint8Array.from({ length: source.length }, (_, i) => source.charCodeAt(i) & 0xff)
    }
    case 'late': {
      // Past the 64 KiB window the binary checks look at.
      const filler = encoder.encode(corpus.sample.repeat(Math.ceil(70_000 / Math.max(1, corpus.sample.length))))
      return concat([filler, random.pick([[0x00], [0x00, 0x00, 0x41], [0xc0, 0x80], [0x01, 0x02, 0x03], [0xff, 0xfe]]), encoder.encode(word(random, corpus))])
    }
    case 'controls':
      return Uint8Array.from({ length: random.range(1, 500) }, () => (random.chance(0.5) ? random.int(0x20) : random.range(0x20, 0x7e)))
    default:
      return Uint8Array.from(random.pick([[], [0x20], [0x0a], [0xef, 0xbb, 0xbf], [0xef, 0xbb, 0xbf, 0x20, 0x0d, 0x0a], [0xef, 0xbb], [0x0d], [0x00], [0xff, 0xfe], [0xfe, 0xff], [0xc3, 0xa9], [0xe2, 0x80, 0xaf]]))
  }
}

// ---------------------------------------------------------------------------------------------
// Articles by format and anchoring cases

/** An article file's text in a random format, generated by that format's generator. */
export function generateArticle(random: Random, corpus: FuzzCorpus): ArticleInput {
  const format = random.pick<ArticleFormat>(['txt', 'md', 'html'])
  const text = format === 'txt' ? generateText(random, corpus) : format === 'md' ? generateMarkdown(random, corpus) : generateHtml(random, corpus)
  return { format, text }
}

function hostileTarget(random: Random, corpus: FuzzCorpus, text: string): TagTarget {
  const number = (): number => random.pick([0, -1, -0, 1.5, NaN, Infinity, -Infinity, 1e308, 2 ** 53 + 2, text.length, text.length + 1, random.int(text.length + 10)])
  const quote = random.pick([
    '', ' ', '\n\n', '\u00a0', '\ufeff', '\u00ad', text.slice(random.int(text.length), random.int(text.length) + random.range(1, 60)),
    phrase(random, corpus, random.range(1, 30)), randomString(random, random.range(1, 40)), random.pick(LONE_SURROGATES), 'a', '…', 'ﬁ',
    phrase(random, corpus, random.range(200, 3000)), 'e'.repeat(random.range(1, 500))
  ])
  const context = (): string => random.pick(['', ' ', phrase(random, corpus, random.range(1, 8)), randomString(random, random.range(1, 40)), phrase(random, corpus, random.range(100, 4000))])
  return { position: { start: number(), end: number() }, quote: { exact: quote, prefix: context(), suffix: context() } }
}

/**
 * A tag target and a text to re-attach it in: a target described in a text that is then edited
 * (the usual case), a tag from a fuzzed sidecar, or a hostile target (NaN, infinite, negative,
 * reversed and huge positions; empty, blank, lone-surrogate, very long quotes and contexts).
 */
export function generateAnchorInput(random: Random, corpus: FuzzCorpus): AnchorInput {
  const base = random.chance(0.6) ? corpus.sample : generateText(random, corpus)
  let text = base
  let target: TagTarget
  const kind = random.weighted<string>([[5, 'edited'], [2, 'sidecar'], [3, 'hostile']])
  if (kind !== 'hostile' && base.length >= 2) {
    const start = random.int(base.length - 1)
    const end = Math.min(base.length, start + random.weighted([[6, random.range(1, 40)], [3, random.range(40, 400)], [1, random.range(400, 3000)]]))
    target = kind === 'sidecar' ? (validTags(random, corpus, base, 1)[0]?.target ?? describeRange(base, start, end)) : describeRange(base, start, end)
    const edits = random.range(0, 4)
    for (let i = 0; i < edits; i += 1) text = mutateOnce(random, corpus, text)
    if (random.chance(0.1)) text = generateText(random, corpus)
  } else {
    text = random.chance(0.1) ? random.pick(['', ' ', '\n\n']) : base
    target = hostileTarget(random, corpus, text)
  }
  return {
    text,
    target,
    reviewThreshold: random.chance(0.7) ? undefined : random.pick([0, 1, 0.5, random.float()]),
    shareNormalized: random.chance(0.5)
  }
}
