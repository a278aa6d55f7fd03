/**
 * The ProseMirror schema of a Factmark article.
 *
 * Articles are read, not authored: the schema keeps the structure a fact-checker needs to read
 * (headings, paragraphs, quotes, lists) and the inline marks that carry meaning (emphasis, strong,
 * links). Anything else in an imported file is dropped by the importers. Tags are not part of the
 * schema: they are decorations over standoff data (see renderer/editor/tagPlugin.ts).
 *
 * Pure: usable in main, renderer, CLI and tests. DOM specs are only used by a view or a DOM parser.
 */
import { Schema, type DOMOutputSpec } from 'prosemirror-model'

/** Schemes a link in an article may point to; any other href is dropped on import. */
export const SAFE_LINK_SCHEMES = ['http:', 'https:', 'mailto:'] as const

/** True when `href` is an absolute URL whose scheme is in {@link SAFE_LINK_SCHEMES}. */
export function isSafeLink(href: string): boolean {
  try {
    const url = new URL(href)
    return (SAFE_LINK_SCHEMES as readonly string[]).includes(url.protocol)
  } catch {
    // Not an absolute URL: relative links lead nowhere in a desktop app.
    return false
  }
}

const p: DOMOutputSpec = ['p', 0]

export const schema = new Schema({
  nodes: {
    doc: { content: 'block+' },
    paragraph: {
      group: 'block',
      content: 'inline*',
      parseDOM: [{ tag: 'p' }],
      toDOM: () => p
    },
    heading: {
      group: 'block',
      content: 'inline*',
      attrs: { level: { default: 2, validate: 'number' } },
      defining: true,
      parseDOM: [1, 2, 3, 4, 5, 6].map((level) => ({ tag: `h${level}`, attrs: { level } })),
      toDOM: (node) => [`h${Math.min(6, Math.max(1, Number(node.attrs.level)))}`, 0]
    },
    blockquote: {
      group: 'block',
      content: 'block+',
      defining: true,
      parseDOM: [{ tag: 'blockquote' }],
      toDOM: () => ['blockquote', 0]
    },
    bullet_list: {
      group: 'block',
      content: 'list_item+',
      parseDOM: [{ tag: 'ul' }],
      toDOM: () => ['ul', 0]
    },
    ordered_list: {
      group: 'block',
      content: 'list_item+',
      attrs: { order: { default: 1, validate: 'number' } },
      parseDOM: [
        {
          tag: 'ol',
          getAttrs: (dom) => {
            const start = Number((dom as HTMLElement).getAttribute('start') ?? 1)
            return { order: Number.isFinite(start) ? start : 1 }
          }
        }
      ],
      toDOM: (node) => (node.attrs.order === 1 ? ['ol', 0] : ['ol', { start: node.attrs.order }, 0])
    },
    list_item: {
      content: 'paragraph block*',
      defining: true,
      parseDOM: [{ tag: 'li' }],
      toDOM: () => ['li', 0]
    },
    text: { group: 'inline' },
    hard_break: {
      inline: true,
      group: 'inline',
      selectable: false,
      leafText: () => '\n',
      parseDOM: [{ tag: 'br' }],
      toDOM: () => ['br']
    }
  },
  marks: {
    em: {
      parseDOM: [{ tag: 'i' }, { tag: 'em' }],
      toDOM: () => ['em', 0]
    },
    strong: {
      parseDOM: [{ tag: 'strong' }, { tag: 'b' }],
      toDOM: () => ['strong', 0]
    },
    link: {
      attrs: { href: { validate: 'string' }, title: { default: null } },
      inclusive: false,
      parseDOM: [
        {
          tag: 'a[href]',
          getAttrs: (dom) => {
            const href = (dom as HTMLElement).getAttribute('href') ?? ''
            return isSafeLink(href) ? { href, title: (dom as HTMLElement).getAttribute('title') } : false
          }
        }
      ],
      // rel/target are informative only: the renderer intercepts every link click.
      toDOM: (mark) => ['a', { href: mark.attrs.href, title: mark.attrs.title, rel: 'noopener noreferrer' }, 0]
    }
  }
})
