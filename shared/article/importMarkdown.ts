/**
 * Imports a Markdown article into the Factmark schema.
 *
 * markdown-it (CommonMark, raw HTML off, linkify off, typographer off so quotes are never
 * rewritten) tokenises the text; one core rule then rewrites the tokens the schema has no place
 * for into tokens it has, and prosemirror-markdown's MarkdownParser builds the document:
 * - code blocks and fences become paragraphs, their line ends hard breaks;
 * - inline code becomes plain text, an image its alt text;
 * - a link whose href fails {@link isSafeLink} keeps its text and loses the link;
 * - paragraphs and headings left without text (an image with no alt) are dropped;
 * - horizontal rules are dropped;
 * - a U+0000 that percent-decoding puts in an autolink's text becomes U+FFFD.
 * Raw HTML is never parsed: with `html: false` markdown-it keeps `<script>` as literal text.
 *
 * Pure: usable in main, renderer, CLI and tests.
 */
import markdownIt, { type Env, type MarkdownIt, type StateCore, type Token } from 'markdown-it'
import { MarkdownParser } from 'prosemirror-markdown'
import type { Node as PMNode } from 'prosemirror-model'
import { isSafeLink, schema } from './articleSchema'
import { importText } from './importText'

type TokenConstructor = StateCore['Token']

/**
 * Deepest block nesting markdown-it parses (the commonmark preset's 20 is reachable by a real
 * list). Past it markdown-it silently skips the rest of the container, so reaching it is detected
 * and the file is imported as plain text instead (see importMarkdown).
 */
const MAX_NESTING = 100

/** Key in the markdown-it env where the core rule reports that MAX_NESTING was reached. */
const NESTING_LIMIT_HIT = Symbol('nestingLimitHit')

function createTokenizer(): MarkdownIt {
  const md = markdownIt('commonmark', {
    html: false,
    linkify: false,
    typographer: false,
    maxNesting: MAX_NESTING
  })
  // markdown-it's own check turns `[text](javascript:…)` into literal source text. We accept every
  // destination here and drop unsafe ones in rewriteInlineTokens with isSafeLink, keeping the text.
  md.validateLink = () => true
  md.core.ruler.push('factmark_schema', (state) => {
    // An open token at level MAX_NESTING - 1 means the next level was refused and content skipped.
    if (state.tokens.some((token) => token.level >= MAX_NESTING - 1)) state.env[NESTING_LIMIT_HIT] = true
    state.tokens = rewriteBlockTokens(state.tokens, state.Token)
  })
  return md
}

const parser = new MarkdownParser(schema, createTokenizer(), {
  blockquote: { block: 'blockquote' },
  paragraph: { block: 'paragraph' },
  list_item: { block: 'list_item' },
  bullet_list: { block: 'bullet_list' },
  ordered_list: {
    block: 'ordered_list',
    getAttrs: (token) => {
      const start = Number(token.attrGet('start') ?? 1)
      return { order: Number.isSafeInteger(start) ? start : 1 }
    }
  },
  heading: {
    block: 'heading',
    getAttrs: (token) => {
      const level = Number(token.tag.slice(1))
      return { level: level >= 1 && level <= 6 ? level : 2 }
    }
  },
  hr: { ignore: true, noCloseToken: true },
  hardbreak: { node: 'hard_break' },
  em: { mark: 'em' },
  strong: { mark: 'strong' },
  link: {
    mark: 'link',
    getAttrs: (token) => ({ href: String(token.attrGet('href')), title: token.attrGet('title') || null })
  }
})

/**
 * Builds a document from Markdown text.
 *
 * Headings 1–6, paragraphs, emphasis, strong, safe links, bullet and ordered lists, blockquotes and
 * hard breaks keep their structure; a soft line break inside a paragraph is a space, as Markdown
 * renders it. Everything else is reduced to its text or dropped as described in the module header.
 *
 * A file nested deeper than markdown-it can parse (about 50 levels of lists or 100 of quotes)
 * would lose text, so it is imported with importText instead: every character kept, the Markdown
 * syntax shown.
 *
 * Never throws. As with importText, a result without readable text is possible and callers check
 * it with hasReadableText.
 */
export function importMarkdown(text: string): PMNode {
  try {
    const env: Env = {}
    const doc = parser.parse(text, env)
    return env[NESTING_LIMIT_HIT] ? importText(text) : doc
  } catch {
    // The rewrite maps every token the CommonMark preset emits, so this is not expected. Should a
    // parser bug still throw, the article is shown as plain text rather than not at all: the
    // fact-checker keeps every character, only the Markdown structure is lost.
    return importText(text)
  }
}

/**
 * Rewrites block-level tokens: code blocks become paragraphs, inline children are rewritten and
 * text-less paragraphs and headings are removed.
 */
function rewriteBlockTokens(tokens: readonly Token[], TokenClass: TokenConstructor): Token[] {
  const out: Token[] = []
  for (const token of tokens) {
    if (token.type === 'code_block' || token.type === 'fence') {
      out.push(...codeAsParagraph(token, TokenClass))
      continue
    }
    if (token.type === 'inline' && token.children) token.children = rewriteInlineTokens(token.children, TokenClass)
    out.push(token)
  }
  return dropEmptyTextblocks(out)
}

function codeAsParagraph(token: Token, TokenClass: TokenConstructor): Token[] {
  const code = token.content.endsWith('\n') ? token.content.slice(0, -1) : token.content
  if (!/\S/u.test(code)) return []
  const open = new TokenClass('paragraph_open', 'p', 1)
  const close = new TokenClass('paragraph_close', 'p', -1)
  const inline = new TokenClass('inline', '', 0)
  open.block = close.block = inline.block = true
  open.level = close.level = token.level
  inline.level = token.level + 1
  inline.content = code
  inline.children = []
  code.split('\n').forEach((line, i) => {
    if (i > 0) inline.children?.push(new TokenClass('hardbreak', 'br', 0))
    if (line !== '') inline.children?.push(textToken(line, TokenClass))
  })
  return [open, inline, close]
}

function rewriteInlineTokens(tokens: readonly Token[], TokenClass: TokenConstructor): Token[] {
  const out: Token[] = []
  // Links do not nest in CommonMark, but a stack keeps open and close paired regardless.
  const keptLinks: boolean[] = []
  for (const token of tokens) {
    switch (token.type) {
      case 'code_inline':
        out.push(textToken(token.content, TokenClass))
        break
      case 'image': {
        const alt = inlineText(token.children ?? [])
        if (alt !== '') out.push(textToken(alt, TokenClass))
        break
      }
      case 'link_open': {
        const keep = isSafeLink(String(token.attrGet('href') ?? ''))
        keptLinks.push(keep)
        if (keep) out.push(token)
        break
      }
      case 'link_close':
        if (keptLinks.pop() ?? true) out.push(token)
        break
      default:
        out.push(token)
    }
  }
  // An autolink's text is its URL with percent escapes decoded, so `<http://x/%00>` gives a NUL,
  // which markdown-it replaces everywhere else. U+FFFD stands for it, as CommonMark says.
  for (const token of out) {
    if (token.type === 'text') token.content = token.content.replaceAll('\u0000', '\ufffd')
  }
  return out
}

/** The text an inline token list shows, without marks (used for image alt text). */
function inlineText(tokens: readonly Token[]): string {
  return tokens
    .map((token) => {
      switch (token.type) {
        case 'text':
        case 'code_inline':
          return token.content
        case 'softbreak':
        case 'hardbreak':
          return ' '
        case 'image':
          return inlineText(token.children ?? [])
        default:
          return ''
      }
    })
    .join('')
}

function textToken(content: string, TokenClass: TokenConstructor): Token {
  const token = new TokenClass('text', '', 0)
  token.content = content
  return token
}

/** Removes `paragraph`/`heading` open–inline–close triples whose inline part has no visible text. */
function dropEmptyTextblocks(tokens: readonly Token[]): Token[] {
  const out: Token[] = []
  for (let i = 0; i < tokens.length; i++) {
    const open = tokens[i]
    const inline = tokens[i + 1]
    const isTextblockOpen = open.type === 'paragraph_open' || open.type === 'heading_open'
    if (isTextblockOpen && inline?.type === 'inline' && !hasVisibleText(inline.children ?? [])) {
      // Skip the open, inline and close tokens; a container left empty is filled by the parser.
      i += 2
      continue
    }
    out.push(open)
  }
  return out
}

function hasVisibleText(tokens: readonly Token[]): boolean {
  return tokens.some((token) => token.type === 'text' && /\S/u.test(token.content))
}
