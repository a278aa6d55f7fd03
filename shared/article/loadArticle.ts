/**
 * Turns an opened article's text into a ProseMirror document, whatever its format, and reports an
 * article that cannot be shown as a value the UI (or the `factmark` command) can display.
 */
import type { Node as PMNode } from 'prosemirror-model'
import type { ArticleFormat, Result } from '../ipc'
import { msg } from '../messages'
import type { HtmlImporter } from './importHtml'
import { importMarkdown } from './importMarkdown'
import { hasReadableText, importText } from './importText'

/**
 * Imports `text` with the importer of `format` (txt, md, html). HTML is imported with
 * `importHtml`, which the caller makes on its window (createHtmlImporter): the page's in the
 * renderer, a jsdom window in Node.
 *
 * Returns `EMPTY` ("This file has no readable text.") when the document has no visible character,
 * and `INVALID` when the format is unknown or the importer failed. Never throws.
 */
export function loadArticle(format: ArticleFormat, text: string, importHtml: HtmlImporter): Result<PMNode> {
  let doc: PMNode
  try {
    doc = importByFormat(format, text, importHtml)
  } catch (error) {
    // The importers are meant not to throw, but this is the boundary where a file from disk meets
    // the UI: a bug on a strange file must become a message to the user, not a blank window.
    const reason = error instanceof Error && error.message ? error.message : null
    return invalid(msg.article.importFailed({ formatName: FORMAT_NAMES[format] ?? null, reason }))
  }
  if (!hasReadableText(doc)) return { ok: false, error: { code: 'EMPTY', message: msg.article.noReadableText } }
  return { ok: true, value: doc }
}

/** By any string: a format from outside the type (a bug) is named "an article". */
const FORMAT_NAMES: Partial<Record<string, string>> = msg.article.formatNames

function importByFormat(format: ArticleFormat, text: string, importHtml: HtmlImporter): PMNode {
  switch (format) {
    case 'txt':
      return importText(text)
    case 'md':
      return importMarkdown(text)
    case 'html':
      return importHtml(text)
    default:
      throw new TypeError(`unsupported article format "${String(format satisfies never)}"`)
  }
}

function invalid(message: string): Result<PMNode> {
  return { ok: false, error: { code: 'INVALID', message } }
}
