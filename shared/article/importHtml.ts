/**
 * Imports an HTML article into the Factmark schema, with the DOM of a window its caller passes in:
 * the page's window in the renderer, a jsdom window in Node (the `factmark` command, tests), so
 * both import an HTML article exactly alike. This module touches no DOM global of its own.
 *
 * An HTML file from disk is untrusted: it is sanitised with DOMPurify first, which parses it in an
 * inert document of its own (no scripts run, nothing loads) and hands back a detached fragment
 * that is never inserted into the page. Only then does prosemirror-model's DOMParser read the
 * fragment with the schema's parse rules, which keep the structure a reader needs and drop every
 * other element while keeping its text. Links are kept only when the schema's parse rule accepts
 * their href (isSafeLink), so a link survives only if both DOMPurify and the schema allow it.
 */
// Types only: the caller creates DOMPurify on its own window and passes it in (see HtmlDom).
import type { Config, DOMPurify, UponSanitizeElementHook } from 'dompurify'
import { Fragment, DOMParser as PMDOMParser, type Node as PMNode } from 'prosemirror-model'
import { schema } from './articleSchema'

/** The DOM an HTML import runs in. */
export interface HtmlDom {
  /**
   * The window whose DOM implementation parses the file. Its own document is never touched: the
   * file is parsed in an inert document and read from a detached fragment.
   */
  readonly window: Window & typeof globalThis
  /** DOMPurify (the package's default export); each import makes a fresh instance on `window`. */
  readonly purify: DOMPurify
}

/** Turns an HTML article into a document (see importHtml); what loadArticle is given for HTML. */
export type HtmlImporter = (html: string) => PMNode

/** An {@link HtmlImporter} over `dom`, resolved at each call (so a renderer may pass a getter). */
export function createHtmlImporter(dom: HtmlDom | (() => HtmlDom)): HtmlImporter {
  return (html) => importHtml(html, typeof dom === 'function' ? dom() : dom)
}

/** Elements removed with DOMPurify: active content, forms, metadata, embedded media, images. */
const FORBIDDEN_TAGS = [
  'script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'form', 'input', 'button',
  'textarea', 'select', 'option', 'meta', 'link', 'base', 'svg', 'math', 'template', 'noscript', 'img',
  'picture', 'source', 'video', 'audio', 'canvas', 'title', 'head'
]

/** Removed elements whose text is dropped too: it is control labels or code, not article text. */
const FORBIDDEN_CONTENTS = ['button', 'select', 'option', 'textarea', 'object', 'applet', 'canvas']

const SANITIZE_CONFIG = {
  USE_PROFILES: { html: true },
  FORBID_TAGS: FORBIDDEN_TAGS,
  ADD_FORBID_CONTENTS: FORBIDDEN_CONTENTS,
  FORBID_ATTR: ['style', 'srcset', 'action', 'formaction'],
  ALLOW_DATA_ATTR: false,
  WHOLE_DOCUMENT: false,
  RETURN_DOM_FRAGMENT: true
} satisfies Config

/**
 * Builds a document from an HTML string.
 *
 * Only the body's content is imported (the `<title>` and everything in `<head>` are not article
 * text). Script, style, frames, plugins, forms, SVG, MathML and images are removed; an image with
 * alt text is replaced by that text. `style` and event-handler attributes never survive. Headings,
 * paragraphs, lists, blockquotes, emphasis, strong, line breaks and links whose href passes
 * isSafeLink are kept; any other element gives its text. Layout whitespace at the edges of blocks
 * and blocks with nothing visible are dropped.
 *
 * `dom` gives the window whose DOM implementation is used and DOMPurify; the window's own page is
 * never touched. Throws an Error when `dom.window` is missing (programmer misuse). A result
 * without readable text is possible; callers check it with hasReadableText.
 */
export function importHtml(html: string, dom: HtmlDom): PMNode {
  const doc = PMDOMParser.fromSchema(schema).parse(sanitizeArticleHtml(html, dom))
  return tidy(doc) ?? schema.nodes.doc.create(null, schema.nodes.paragraph.create())
}

/**
 * The first step of {@link importHtml}, exported so tests can inspect it: the body of `html` as a
 * detached DocumentFragment owned by an inert document, with the forbidden elements removed (an
 * image replaced by its alt text) and no `style`, event-handler or data attributes left. Lone
 * surrogates in `html` become U+FFFD. A page without a body (a frameset) gives an empty fragment.
 * Throws an Error when there is no window (see importHtml).
 */
export function sanitizeArticleHtml(html: string, dom: HtmlDom): DocumentFragment {
  const view = dom.window
  if (!view) throw new Error('importHtml: no window to parse HTML with')

  // One DOMPurify instance per call, so the hook below never leaks into other users of DOMPurify.
  const purify = dom.purify(view)
  const keepAltText: UponSanitizeElementHook = (node, event) => {
    if (event.tagName !== 'img' || !isElement(node, view)) return
    const alt = node.getAttribute('alt')?.trim()
    // The text goes before the image, which DOMPurify then removes as forbidden; the iterator has
    // already passed that point, and a text node needs no sanitising. The spaces keep the alt text
    // from gluing onto the words around it; the schema parser collapses any spaces doubled so.
    if (alt && node.parentNode) node.parentNode.insertBefore(node.ownerDocument.createTextNode(` ${alt} `), node)
  }
  purify.addHook('uponSanitizeElement', keepAltText)
  // Typed as never null, but DOMPurify returns null when the parsed document has no body: a
  // frameset page (`<frameset>` replaces the body), or markup the parser rejected.
  const fragment: DocumentFragment | null = purify.sanitize(toWellFormed(html), SANITIZE_CONFIG)
  return fragment ?? view.document.implementation.createHTMLDocument('').createDocumentFragment()
}

/**
 * `text` with every lone surrogate replaced by U+FFFD. A file decoded from UTF-8 never has one,
 * but a string may; an HTML parser can reject it (jsdom's reads two low surrogates as one invalid
 * code point and throws), and DOMPurify then returns null instead of a fragment.
 */
function toWellFormed(text: string): string {
  return text.replace(/[\ud800-\udfff]/gu, '\ufffd')
}

/** HTML's collapsible whitespace; a no-break space is text and stays. */
const EDGE_SPACE_START = /^[ \t\n\r\f]+/
const EDGE_SPACE_END = /[ \t\n\r\f]+$/

/**
 * Removes the layout whitespace the DOM parser leaves at the edges of textblocks and around hard
 * breaks (it keeps a leading space when a textblock is opened implicitly, as for text in a `div`
 * after a `p`), and drops textblocks with nothing visible (`<p>&nbsp;</p>` spacers), so the plain
 * text has no stray spaces or empty blocks. Returns null for a node that should be dropped.
 */
function tidy(node: PMNode): PMNode | null {
  if (node.isTextblock) {
    if (!/\S/u.test(node.textContent)) return null
    const children: PMNode[] = []
    node.forEach((child, _offset, index) => {
      if (!child.isText || child.text === undefined) {
        children.push(child)
        return
      }
      let text = child.text
      const before = index > 0 ? node.child(index - 1) : null
      const after = index + 1 < node.childCount ? node.child(index + 1) : null
      if (!before || before.type === schema.nodes.hard_break) text = text.replace(EDGE_SPACE_START, '')
      if (!after || after.type === schema.nodes.hard_break) text = text.replace(EDGE_SPACE_END, '')
      if (text !== '') children.push(text === child.text ? child : schema.text(text, child.marks))
    })
    return node.copy(Fragment.fromArray(children))
  }
  if (node.isLeaf) return node
  const children: PMNode[] = []
  node.forEach((child) => {
    const tidied = tidy(child)
    if (tidied) children.push(tidied)
  })
  if (children.length === 0) return null
  // createAndFill adds what the content expression still requires (a list item's first paragraph).
  return node.type.createAndFill(node.attrs, children, node.marks) ?? node
}

function isElement(node: Node, view: Window & typeof globalThis): node is Element {
  return node.nodeType === view.Node.ELEMENT_NODE
}
